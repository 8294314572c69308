/** Think aloud: notes in every phase, each one timestamped into the session log by the host. */
import * as l10n from '@vscode/l10n';
import { formatDuration, h, replaceChildren } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';
import type { Send } from './send';
import { CTRL_ENTER, sendTextOnEntry } from './textEntry';

export class NotesPane {
  readonly element = h('section', { class: 'pane notes', 'aria-labelledby': 'notes-title' });
  readonly input = h('vscode-textarea', { id: 'note', rows: 2, resize: 'vertical', placeholder: l10n.t('Think aloud: what you are trying, what you noticed (Ctrl+Enter to add)'), 'aria-label': l10n.t('Think-aloud note') });
  private readonly add = h('vscode-button', { secondary: true, id: 'add-note' }, l10n.t('Add note'));
  private readonly list = h('ol', { class: 'note-list', 'aria-label': l10n.t('Your notes') });

  constructor(send: Send) {
    sendTextOnEntry(this.input, this.add, CTRL_ENTER, (text) => { send({ kind: 'addNote', text }); });
    this.element.append(h('h2', { id: 'notes-title' }, l10n.t('Think aloud')), h('div', { class: 'row' }, this.input, this.add), this.list);
  }

  update(view: InterviewView): void {
    this.input.toggleAttribute('disabled', view.outcome !== null);
    this.add.toggleAttribute('disabled', view.outcome !== null);
    replaceChildren(this.list, ...view.notes.slice(-50).reverse().map((n) => h('li', {}, h('span', { class: 'note-time' }, `${formatDuration(n.t)} ${phaseName(n.phase)}`), ' ', n.text)));
  }
}
