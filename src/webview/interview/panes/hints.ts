/** Hints on request (each one recorded) and the follow-up question after an accepted submission. */
import * as l10n from '@vscode/l10n';
import { h, replaceChildren, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import type { Send } from './send';

export class HintsPane {
  readonly element = h('section', { class: 'pane hints', 'aria-labelledby': 'hints-title' });
  private readonly reveal = h('vscode-button', { secondary: true, id: 'reveal-hint' }, l10n.t('Reveal a hint'));
  private readonly note = h('p', { class: 'hint-note' });
  private readonly list = h('ol', { class: 'hint-list', 'aria-live': 'polite' });

  constructor(send: Send) {
    this.reveal.addEventListener('click', () => { send({ kind: 'revealHint' }); });
    this.element.append(h('h2', { id: 'hints-title' }, l10n.t('Hints')), this.list, h('div', { class: 'row' }, this.reveal, this.note));
  }

  update(view: InterviewView): void {
    replaceChildren(this.list, ...view.hints.revealed.map((text) => h('li', {}, text)));
    const can = view.hints.allowed && view.hints.remaining > 0 && view.outcome === null;
    this.reveal.toggleAttribute('disabled', !can);
    this.note.textContent = !view.hints.allowed
      ? l10n.t('Hints are off in strict mode.')
      : view.hints.remaining === 0
        ? l10n.t('No more hints.')
        : l10n.t('{0} left. Each hint is noted in the debrief.', view.hints.remaining);
  }
}

export class FollowUpPane {
  readonly element = h('section', { class: 'pane follow-up', 'aria-labelledby': 'followup-title', hidden: true });
  private readonly question = h('p', { class: 'followup-question' });
  readonly answer = h('vscode-textarea', { id: 'followup-answer', rows: 3, resize: 'vertical', 'aria-label': l10n.t('Your answer to the follow-up') });
  private readonly send = h('vscode-button', { id: 'send-followup' }, l10n.t('Answer'));
  private readonly answered = h('p', { class: 'followup-answered' });

  constructor(send: Send) {
    this.send.addEventListener('click', () => {
      const answer = valueOf(this.answer).trim();
      if (answer !== '') send({ kind: 'answerFollowUp', answer });
    });
    this.element.append(h('h2', { id: 'followup-title' }, l10n.t('Follow-up')), this.question, this.answer, h('div', { class: 'row' }, this.send), this.answered);
  }

  update(view: InterviewView): void {
    const followUp = view.followUp;
    this.element.hidden = followUp === null;
    if (followUp === null) return;
    this.question.textContent = followUp.question;
    const done = followUp.answer !== null;
    this.answer.hidden = done;
    this.send.hidden = done;
    this.answered.textContent = done ? l10n.t('Your answer: {0}', followUp.answer ?? '') : '';
  }
}
