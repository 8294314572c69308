/**
 * The self-review asked before any result is shown: one 1–4 choice per rubric dimension, as native radio
 * groups so arrow keys move within a dimension and Tab between them, plus free notes.
 */
import * as l10n from '@vscode/l10n';
import { h } from '../shared/dom';
import { postToHost } from '../shared/vscodeApi';
import { DIMENSIONS } from '../../vocabulary/interview';
import type { DebriefView } from './protocol';

const LEVELS = [1, 2, 3, 4] as const;

function levelName(level: (typeof LEVELS)[number]): string {
  switch (level) {
    case 1:
      return l10n.t('1 — weak');
    case 2:
      return l10n.t('2 — mixed');
    case 3:
      return l10n.t('3 — solid');
    case 4:
      return l10n.t('4 — strong');
  }
}

export function selfReviewForm(view: DebriefView): HTMLElement {
  const form = h('form', { class: 'self-review', 'aria-describedby': 'self-review-intro', 'data-session-id': view.sessionId });
  form.append(
    h('h2', {}, l10n.t('Before the results: rate yourself')),
    h('p', { id: 'self-review-intro' }, l10n.t('Score each dimension from 1 to 4 as you saw it. The debrief opens once you save, and then shows your rating beside what the session log suggests.')),
  );
  for (const dimension of view.dimensions) {
    const fieldset = h('fieldset', {}, h('legend', {}, dimension.title));
    for (const level of LEVELS) {
      const inputId = `score-${dimension.id}-${level}`;
      const input = h('input', { type: 'radio', name: dimension.id, value: String(level), id: inputId, required: '' });
      fieldset.append(h('label', { for: inputId, class: 'level' }, input, ` ${levelName(level)}`));
    }
    form.append(fieldset);
  }
  const notes = h('textarea', { id: 'self-review-notes', rows: '3', maxlength: '2000' });
  const status = h('p', { role: 'status', class: 'form-status' });
  form.append(
    h('label', { for: 'self-review-notes' }, l10n.t('Notes (optional): what you would do differently')),
    notes,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, l10n.t('Save and show the debrief'))),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const scores: Partial<Record<(typeof DIMENSIONS)[number], number>> = {};
    for (const id of DIMENSIONS) {
      const value = Number(data.get(id));
      if (!Number.isInteger(value) || value < 1 || value > 4) {
        status.textContent = l10n.t('Choose a score for every dimension.');
        return;
      }
      scores[id] = value;
    }
    const { problem_solving, communication, code_quality, testing, time_management } = scores;
    if (problem_solving === undefined || communication === undefined || code_quality === undefined || testing === undefined || time_management === undefined) return;
    status.textContent = l10n.t('Saving…');
    postToHost({
      kind: 'submitSelfReview',
      sessionId: view.sessionId,
      scores: { problem_solving, communication, code_quality, testing, time_management },
      notes: notes.value.slice(0, 2000),
    });
  });
  return form;
}
