/**
 * One session's debrief, revealed after the self-review. The host sends findings already worded (the
 * debrief rules live in src/core); the headings, labels and vocabularies around them are translated here.
 */
import * as l10n from '@vscode/l10n';
import { phaseName } from '../shared/phaseNames';
import { standingName } from '../shared/standingNames';
import { phaseChart } from './charts';
import { section, table } from './dom';
import { h } from '../shared/dom';
import { postToHost } from '../shared/vscodeApi';
import type { DebriefView } from './protocol';
import { selfReviewForm } from './selfReviewForm';

function statusMark(status: DebriefView['clarifications'][number]['status']): string {
  switch (status) {
    case 'asked':
      return l10n.t('✔ asked');
    case 'late':
      return l10n.t('✔ asked late');
    case 'missed':
      return l10n.t('✘ missed');
    case 'optional':
      return l10n.t('· optional, not asked');
    case 'unmatched':
      return l10n.t('? your question');
  }
}

function header(view: DebriefView): HTMLElement {
  const exportButton = h('button', { type: 'button' }, l10n.t('Export Markdown…'));
  exportButton.addEventListener('click', () => { postToHost({ kind: 'exportMarkdown', sessionId: view.sessionId }); });
  const copyButton = h('button', { type: 'button', class: 'secondary' }, l10n.t('Copy summary'));
  copyButton.addEventListener('click', () => { postToHost({ kind: 'copySummary', sessionId: view.sessionId }); });
  return h(
    'header',
    {},
    h('h1', {}, l10n.t('Debrief — {0}', view.title)),
    // The outcome is a result too: it waits for the self-review like everything else.
    h('p', { class: 'subtitle' }, view.subtitle, ...(view.revealed ? [' · ', h('strong', {}, view.outcome)] : [])),
    view.revealed ? h('div', { class: 'actions' }, exportButton, copyButton) : null,
  );
}

function phases(view: DebriefView): HTMLElement {
  return section(
    l10n.t('Time per phase'),
    'phases-title',
    h('p', { id: 'phases-chart-title', class: 'visually-hidden' }, l10n.t('Bar chart of time spent per phase against its budget; the table below has the same figures.')),
    phaseChart(view.phases, 'phases-chart-title'),
    table(
      l10n.t('Time per phase against budget'),
      [l10n.t('Phase'), l10n.t('Spent'), l10n.t('Budget'), l10n.t('Standing')],
      view.phases.map((p) => [phaseName(p.phase), p.spent, p.budget, standingName(p.standing)]),
    ),
    ...view.phaseNotes.map((n) => h('p', {}, n)),
  );
}

function feedback(view: DebriefView): HTMLElement {
  return section(
    l10n.t('Feedback'),
    'feedback-title',
    h(
      'ol',
      { class: 'feedback' },
      ...view.feedback.map((f) =>
        h('li', { class: f.tone }, h('strong', {}, `${f.title}. `), f.sentence, f.clocks.length > 0 ? h('span', { class: 'clocks' }, ` (${f.clocks.join(', ')})`) : null),
      ),
    ),
  );
}

function timeline(view: DebriefView): HTMLElement {
  return section(
    l10n.t('What happened'),
    'timeline-title',
    h(
      'ol',
      { class: 'timeline' },
      ...view.timeline.map((e) =>
        h('li', { class: `kind-${e.kind}` }, h('time', {}, e.clock), ' ', e.text, e.detail === null ? null : h('span', { class: 'detail' }, ` — ${e.detail}`)),
      ),
    ),
  );
}

function clarifications(view: DebriefView): HTMLElement {
  return section(
    l10n.t('Clarifications — {0}', view.clarificationSummary),
    'clarify-title',
    h(
      'ul',
      { class: 'clarifications' },
      ...view.clarifications.map((c) =>
        h('li', { class: c.status }, h('span', { class: 'mark' }, statusMark(c.status)), ' ', c.question, c.when === null ? null : ` (${c.when})`, h('div', { class: 'answer' }, l10n.t('Interviewer: {0}', c.answer))),
      ),
    ),
  );
}

function testing(view: DebriefView): HTMLElement {
  return section(
    l10n.t('Tests'),
    'tests-title',
    ...view.testing.map((line) => h('p', {}, line)),
    view.byLabel.length > 0 ? table(l10n.t('Hidden tests by label'), [l10n.t('Label'), l10n.t('First submit'), l10n.t('Final')], view.byLabel.map((l) => [l.label, l.first, l.final])) : null,
    ...view.silences.map((s) => h('p', { class: 'silence' }, l10n.t('Silent stretch: {0}.', s))),
  );
}

/** Each evidence score with the events it rests on; "not enough evidence" is a result, not a blank. */
function scores(view: DebriefView): HTMLElement {
  return section(
    l10n.t('Self-review beside the evidence'),
    'scores-title',
    h(
      'table',
      {},
      h('caption', {}, l10n.t('Your score and the evidence-based score per dimension')),
      h('thead', {}, h('tr', {}, ...[l10n.t('Dimension'), l10n.t('You'), l10n.t('Evidence'), l10n.t('Why')].map((heading) => h('th', { scope: 'col' }, heading)))),
      h(
        'tbody',
        {},
        ...view.scores.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, s.title),
            h('td', {}, s.self === null ? '–' : String(s.self)),
            h('td', {}, s.evidence === null ? l10n.t('not enough evidence') : String(s.evidence)),
            h('td', {}, s.reason, s.basis.length === 0 ? null : h('ul', { class: 'basis' }, ...s.basis.map((b) => h('li', {}, b)))),
          ),
        ),
      ),
    ),
    view.selfNotes === '' ? null : h('p', {}, l10n.t('Your notes: {0}', view.selfNotes)),
  );
}

function followUps(view: DebriefView): HTMLElement | null {
  if (view.followUps.length === 0) return null;
  return section(
    l10n.t('Follow-up'),
    'followup-title',
    ...view.followUps.map((f) =>
      h('div', { class: 'followup' }, h('p', {}, h('strong', {}, f.question)), h('p', {}, l10n.t('Your answer: {0}', f.answer)), f.model === null ? null : h('p', {}, l10n.t('Model answer: {0}', f.model))),
    ),
  );
}

export function debriefPage(view: DebriefView): HTMLElement[] {
  if (!view.revealed) return [header(view), selfReviewForm(view)];
  return [
    header(view),
    feedback(view),
    phases(view),
    timeline(view),
    clarifications(view),
    section(l10n.t('Complexity'), 'complexity-title', ...view.complexity.map((line) => h('p', {}, line))),
    testing(view),
    scores(view),
    ...[followUps(view)].filter((s): s is HTMLElement => s !== null),
  ];
}
