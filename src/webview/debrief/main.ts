/**
 * Browser entry of the debrief webview. It renders whatever view the host sends — a session's debrief or
 * the history overview — after checking the message against the protocol; anything else is dropped.
 */
import { useHostTranslations } from '../shared/translations';
import { h } from '../shared/dom';
import { debriefPage } from './debriefPage';
import { historyPage } from './historyPage';
import { postToHost, saveViewState } from '../shared/vscodeApi';
import type { DebriefWebviewState } from './protocol';
import { parseDebriefHostMessage } from './protocol';

useHostTranslations(document.body);

/** Only which page shows: the serializer reads it back to restore the panel after a restart. */
function saveDebriefState(state: DebriefWebviewState): void {
  saveViewState(state);
}

const app = document.getElementById('app');
const notice = document.getElementById('notice');

function show(nodes: HTMLElement[]): void {
  if (app === null) return;
  const scroll = window.scrollY;
  app.replaceChildren(...nodes);
  window.scrollTo(0, scroll);
  const heading = app.querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
}

/**
 * The debrief is re-sent when the background measurements land, often while the candidate is halfway
 * through the self-review: the form already on the page, with their choices, notes and focus, stays.
 */
function keepSelfReviewInProgress(nodes: HTMLElement[], sessionId: string): HTMLElement[] {
  const current = app?.querySelector('form.self-review');
  if (!(current instanceof HTMLFormElement) || current.dataset.sessionId !== sessionId) return nodes;
  return nodes.map((node) => (node.matches('form.self-review') ? current : node));
}

function restoreFocus(element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected && document.activeElement !== element) element.focus();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseDebriefHostMessage(event.data);
  if (!parsed.ok) {
    console.warn(`[onsite debrief] dropped a malformed message: ${parsed.reason}`);
    return;
  }
  const message = parsed.value;
  switch (message.kind) {
    case 'debrief':
      saveDebriefState({ page: { kind: 'session', sessionId: message.view.sessionId } });
      if (message.view.revealed) {
        show(debriefPage(message.view));
        app?.querySelector('h1')?.focus();
      } else {
        const focused = document.activeElement;
        show(keepSelfReviewInProgress(debriefPage(message.view), message.view.sessionId));
        restoreFocus(focused);
      }
      break;
    case 'history':
      saveDebriefState({ page: { kind: 'history' } });
      show(historyPage(message.view));
      break;
    case 'empty':
      show([h('p', { class: 'empty' }, message.reason)]);
      break;
    case 'notice':
      if (notice !== null) {
        notice.textContent = message.text;
        notice.className = message.level;
      }
      break;
  }
});

postToHost({ kind: 'ready' });
