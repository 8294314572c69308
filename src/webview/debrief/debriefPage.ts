/** One session's debrief, revealed after the self-review. */
import { phaseChart } from './charts';
import { el, section, table } from './dom';
import { host } from './host';
import type { DebriefView } from './protocol';
import { selfReviewForm } from './selfReviewForm';

const STATUS_MARKS: Record<DebriefView['clarifications'][number]['status'], string> = {
  asked: '✔ asked',
  late: '✔ asked late',
  missed: '✘ missed',
  optional: '· optional, not asked',
  unmatched: '? your question',
};

function header(view: DebriefView): HTMLElement {
  const exportButton = el('button', { type: 'button' }, 'Export Markdown…');
  exportButton.addEventListener('click', () => { host.postMessage({ kind: 'exportMarkdown', sessionId: view.sessionId }); });
  const copyButton = el('button', { type: 'button', class: 'secondary' }, 'Copy summary');
  copyButton.addEventListener('click', () => { host.postMessage({ kind: 'copySummary', sessionId: view.sessionId }); });
  return el(
    'header',
    {},
    el('h1', {}, `Debrief — ${view.title}`),
    // The outcome is a result too: it waits for the self-review like everything else.
    el('p', { class: 'subtitle' }, view.subtitle, ...(view.revealed ? [' · ', el('strong', {}, view.outcome)] : [])),
    view.revealed ? el('div', { class: 'actions' }, exportButton, copyButton) : null,
  );
}

function phases(view: DebriefView): HTMLElement {
  return section(
    'Time per phase',
    'phases-title',
    el('p', { id: 'phases-chart-title', class: 'visually-hidden' }, 'Bar chart of time spent per phase against its budget; the table below has the same figures.'),
    phaseChart(view.phases, 'phases-chart-title'),
    table('Time per phase against budget', ['Phase', 'Spent', 'Budget', 'Standing'], view.phases.map((p) => [p.phase, p.spent, p.budget, p.standing.replace('_', ' ')])),
    ...view.phaseNotes.map((n) => el('p', {}, n)),
  );
}

function feedback(view: DebriefView): HTMLElement {
  return section(
    'Feedback',
    'feedback-title',
    el(
      'ol',
      { class: 'feedback' },
      ...view.feedback.map((f) =>
        el('li', { class: f.tone }, el('strong', {}, `${f.title}. `), f.sentence, f.clocks.length > 0 ? el('span', { class: 'clocks' }, ` (${f.clocks.join(', ')})`) : null),
      ),
    ),
  );
}

function timeline(view: DebriefView): HTMLElement {
  return section(
    'What happened',
    'timeline-title',
    el(
      'ol',
      { class: 'timeline' },
      ...view.timeline.map((e) =>
        el('li', { class: `kind-${e.kind}` }, el('time', {}, e.clock), ' ', e.text, e.detail === null ? null : el('span', { class: 'detail' }, ` — ${e.detail}`)),
      ),
    ),
  );
}

function clarifications(view: DebriefView): HTMLElement {
  return section(
    `Clarifications — ${view.clarificationSummary}`,
    'clarify-title',
    el(
      'ul',
      { class: 'clarifications' },
      ...view.clarifications.map((c) =>
        el('li', { class: c.status }, el('span', { class: 'mark' }, STATUS_MARKS[c.status]), ' ', c.question, c.when === null ? null : ` (${c.when})`, el('div', { class: 'answer' }, `Interviewer: ${c.answer}`)),
      ),
    ),
  );
}

function testing(view: DebriefView): HTMLElement {
  return section(
    'Tests',
    'tests-title',
    ...view.testing.map((line) => el('p', {}, line)),
    view.byLabel.length > 0 ? table('Hidden tests by label', ['Label', 'First submit', 'Final'], view.byLabel.map((l) => [l.label, l.first, l.final])) : null,
    ...view.silences.map((s) => el('p', { class: 'silence' }, `Silent stretch: ${s}.`)),
  );
}

function scores(view: DebriefView): HTMLElement {
  return section(
    'Self-review beside the evidence',
    'scores-title',
    table(
      'Your score and the evidence-based score per dimension',
      ['Dimension', 'You', 'Evidence', 'Why'],
      view.scores.map((s) => [s.title, s.self === null ? '–' : String(s.self), String(s.evidence), s.reason]),
    ),
    view.selfNotes === '' ? null : el('p', {}, `Your notes: ${view.selfNotes}`),
  );
}

function followUps(view: DebriefView): HTMLElement | null {
  if (view.followUps.length === 0) return null;
  return section(
    'Follow-up',
    'followup-title',
    ...view.followUps.map((f) =>
      el('div', { class: 'followup' }, el('p', {}, el('strong', {}, f.question)), el('p', {}, `Your answer: ${f.answer}`), f.model === null ? null : el('p', {}, `Model answer: ${f.model}`)),
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
    section('Complexity', 'complexity-title', ...view.complexity.map((line) => el('p', {}, line))),
    testing(view),
    scores(view),
    ...[followUps(view)].filter((s): s is HTMLElement => s !== null),
  ];
}
