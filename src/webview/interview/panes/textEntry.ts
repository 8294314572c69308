import { clearField, valueOf } from '../../shared/dom';

/** Enter sends from a one-line field; a text area keeps Enter for new lines and sends on Ctrl/Cmd+Enter. */
export const ENTER = (e: KeyboardEvent): boolean => e.key === 'Enter';
export const CTRL_ENTER = (e: KeyboardEvent): boolean => e.key === 'Enter' && (e.ctrlKey || e.metaKey);

/**
 * A field whose text goes to the host from its button or its send key: blank text sends nothing, and
 * sent text is cleared (with the drafts kept for reloads, see `clearField`).
 */
export function sendTextOnEntry(field: HTMLElement, button: HTMLElement, isSendKey: (e: KeyboardEvent) => boolean, sendText: (text: string) => void): void {
  const sendNow = (): void => {
    const text = valueOf(field).trim();
    if (text === '') return;
    sendText(text);
    clearField(field);
  };
  button.addEventListener('click', sendNow);
  field.addEventListener('keydown', (e) => {
    if (isSendKey(e)) sendNow();
  });
}
