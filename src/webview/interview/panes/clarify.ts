/** Clarify: ask the interviewer, record assumptions, or say there are no questions. */
import * as l10n from '@vscode/l10n';
import { h, replaceChildren, setValue, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';
import type { Send } from './send';
import { ENTER, sendTextOnEntry } from './textEntry';

export class ClarifyPane {
  readonly element = h('section', { class: 'pane clarify', 'aria-labelledby': 'clarify-title' });
  private readonly transcript = h('ol', { class: 'transcript', 'aria-label': l10n.t('Questions and answers'), 'aria-live': 'polite' });
  readonly question = h('vscode-textfield', { id: 'question', placeholder: l10n.t('Ask the interviewer a question…'), 'aria-label': l10n.t('Your question') });
  private readonly ask = h('vscode-button', { id: 'ask' }, l10n.t('Ask'));
  private readonly none = h('vscode-button', { secondary: true, id: 'no-questions' }, l10n.t('No questions'));
  private readonly assumptions = h('ul', { class: 'assumptions', 'aria-label': l10n.t('Assumptions') });
  private readonly newAssumption = h('vscode-textfield', { id: 'assumption', placeholder: l10n.t('State an assumption…'), 'aria-label': l10n.t('New assumption') });
  private readonly addAssumption = h('vscode-button', { secondary: true, id: 'add-assumption' }, l10n.t('Add assumption'));
  private shownAssumptions = '';
  private shownTranscript = '';
  /** The ask-back whose choices last took the focus, so a later view update does not steal it again. */
  private focusedAskBack: number | null = null;

  constructor(private readonly send: Send) {
    sendTextOnEntry(this.question, this.ask, ENTER, (text) => { send({ kind: 'askQuestion', text }); });
    this.none.addEventListener('click', () => { send({ kind: 'noQuestions' }); });
    sendTextOnEntry(this.newAssumption, this.addAssumption, ENTER, (text) => { send({ kind: 'setAssumption', id: null, text }); });
    this.element.append(
      h('h2', { id: 'clarify-title' }, phaseName('clarify')),
      this.transcript,
      h('div', { class: 'row' }, this.question, this.ask, this.none),
      h('h3', {}, l10n.t('Assumptions')),
      this.assumptions,
      h('div', { class: 'row' }, this.newAssumption, this.addAssumption),
    );
  }

  update(view: InterviewView): void {
    const editable = view.outcome === null;
    // Rebuilt only when it changed: the view arrives every second with the clock, and rebuilding would
    // take the keyboard focus off an ask-back's choices.
    const transcriptKey = JSON.stringify([view.questions, view.noQuestions, editable]);
    if (transcriptKey !== this.shownTranscript) {
      this.shownTranscript = transcriptKey;
      replaceChildren(
        this.transcript,
        ...view.questions.map((q) => this.exchange(q, editable)),
        view.noQuestions ? h('li', { class: 'no-questions' }, l10n.t('You chose to go ahead without questions.')) : null,
      );
    }
    // A new "Do you mean…?" takes the keyboard to its first choice, once, after the button has rendered.
    const pending = [...view.questions].reverse().find((q) => q.choices.length > 0);
    if (editable && pending !== undefined && pending.seq !== this.focusedAskBack) {
      this.focusedAskBack = pending.seq;
      const first = this.transcript.querySelector<HTMLElement>(`[data-ask-back="${pending.seq}"] vscode-button`);
      requestAnimationFrame(() => { first?.focus(); });
    }
    for (const control of [this.question, this.ask, this.none, this.newAssumption, this.addAssumption]) control.toggleAttribute('disabled', !editable);
    // Rebuilding the list while an assumption is being edited would lose the caret; skip when unchanged.
    const key = JSON.stringify(view.assumptions);
    if (key === this.shownAssumptions) return;
    this.shownAssumptions = key;
    replaceChildren(this.assumptions, ...view.assumptions.map((a) => this.assumptionRow(a, editable)));
    if (view.assumptions.length === 0) this.assumptions.append(h('li', { class: 'empty' }, l10n.t('None yet.')));
  }

  private exchange(q: InterviewView['questions'][number], editable: boolean): HTMLElement {
    const you = h('p', { class: 'q' }, h('strong', {}, l10n.t('You: ')), q.text);
    const interviewer = (text: string, tone: string): HTMLElement => h('p', { class: `a ${tone}` }, h('strong', {}, l10n.t('Interviewer: ')), text);
    if (q.reply !== 'ask_back' || q.askedBack === null) {
      return h('li', {}, you, interviewer(q.answer, q.reply === 'small_talk' ? 'neutral small-talk' : q.matched ? 'matched' : 'neutral'));
    }
    if (q.choices.length === 0) return h('li', {}, you, interviewer(q.askedBack, 'ask-back'), interviewer(q.answer, q.matched ? 'matched' : 'neutral'));
    const choose = (clarificationId: string | null): void => {
      this.send({ kind: 'chooseClarification', questionSeq: q.seq, clarificationId });
    };
    const buttons = q.choices.map((c, i) => {
      const button = h('vscode-button', { secondary: true, class: 'choice', disabled: !editable }, `(${i + 1}) ${c.question}`);
      button.addEventListener('click', () => { choose(c.id); });
      return button;
    });
    const neither = h('vscode-button', { secondary: true, class: 'choice neither', disabled: !editable }, l10n.t('Neither'));
    neither.addEventListener('click', () => { choose(null); });
    return h(
      'li',
      { 'data-ask-back': String(q.seq) },
      you,
      interviewer(q.askedBack, 'ask-back'),
      h('div', { class: 'choices', role: 'group', 'aria-label': l10n.t('Which did you mean?') }, ...buttons, neither),
    );
  }

  private assumptionRow(assumption: { id: string; text: string }, editable: boolean): HTMLElement {
    const field = h('vscode-textfield', { 'aria-label': l10n.t('Assumption'), value: assumption.text, disabled: !editable });
    setValue(field, assumption.text);
    const save = (): void => {
      const text = valueOf(field).trim();
      if (text !== '' && text !== assumption.text) this.send({ kind: 'setAssumption', id: assumption.id, text });
    };
    field.addEventListener('change', save);
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') save();
    });
    const remove = h('vscode-button', { secondary: true, 'aria-label': l10n.t('Remove assumption: {0}', assumption.text), disabled: !editable }, l10n.t('Remove'));
    remove.addEventListener('click', () => { this.send({ kind: 'removeAssumption', id: assumption.id }); });
    return h('li', { class: 'row' }, field, remove);
  }
}
