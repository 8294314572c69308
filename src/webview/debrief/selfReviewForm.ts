/**
 * The self-review asked before any result is shown: one 1–4 choice per rubric dimension, as native radio
 * groups so arrow keys move within a dimension and Tab between them, plus free notes.
 */
import { el } from './dom';
import { host } from './host';
import { DIMENSION_IDS } from './protocol';
import type { DebriefView } from './protocol';

const LEVELS: Record<number, string> = { 1: '1 — weak', 2: '2 — mixed', 3: '3 — solid', 4: '4 — strong' };

export function selfReviewForm(view: DebriefView): HTMLElement {
  const form = el('form', { class: 'self-review', 'aria-describedby': 'self-review-intro' });
  form.append(
    el('h2', {}, 'Before the results: rate yourself'),
    el('p', { id: 'self-review-intro' }, 'Score each dimension from 1 to 4 as you saw it. The debrief opens once you save, and then shows your rating beside what the session log suggests.'),
  );
  for (const dimension of view.dimensions) {
    const fieldset = el('fieldset', {}, el('legend', {}, dimension.title));
    for (const level of [1, 2, 3, 4]) {
      const inputId = `score-${dimension.id}-${level}`;
      const input = el('input', { type: 'radio', name: dimension.id, value: String(level), id: inputId, required: '' });
      fieldset.append(el('label', { for: inputId, class: 'level' }, input, ` ${LEVELS[level] ?? String(level)}`));
    }
    form.append(fieldset);
  }
  const notes = el('textarea', { id: 'self-review-notes', rows: '3', maxlength: '2000' });
  const status = el('p', { role: 'status', class: 'form-status' });
  form.append(
    el('label', { for: 'self-review-notes' }, 'Notes (optional): what you would do differently'),
    notes,
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save and show the debrief')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const scores: Partial<Record<(typeof DIMENSION_IDS)[number], number>> = {};
    for (const id of DIMENSION_IDS) {
      const value = Number(data.get(id));
      if (!Number.isInteger(value) || value < 1 || value > 4) {
        status.textContent = 'Choose a score for every dimension.';
        return;
      }
      scores[id] = value;
    }
    const { problem_solving, communication, code_quality, testing, time_management } = scores;
    if (problem_solving === undefined || communication === undefined || code_quality === undefined || testing === undefined || time_management === undefined) return;
    status.textContent = 'Saving…';
    host.postMessage({
      kind: 'submitSelfReview',
      sessionId: view.sessionId,
      scores: { problem_solving, communication, code_quality, testing, time_management },
      notes: notes.value.slice(0, 2000),
    });
  });
  return form;
}
