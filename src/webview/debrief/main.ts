/**
 * Browser entry of the debrief webview. It renders whatever view the host sends — a session's debrief or
 * the history overview — after checking the message against the protocol; anything else is dropped.
 */
import { useHostTranslations } from '../shared/translations';
import { el } from './dom';
import { debriefPage } from './debriefPage';
import { historyPage } from './historyPage';
import { host } from './host';
import { parseDebriefHostMessage } from './protocol';

useHostTranslations(document.body);

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

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseDebriefHostMessage(event.data);
  if (!parsed.ok) {
    console.warn(`[onsite debrief] dropped a malformed message: ${parsed.reason}`);
    return;
  }
  const message = parsed.value;
  switch (message.kind) {
    case 'debrief':
      host.setState({ page: { kind: 'session', sessionId: message.view.sessionId } });
      show(debriefPage(message.view));
      if (message.view.revealed) app?.querySelector('h1')?.focus();
      break;
    case 'history':
      host.setState({ page: { kind: 'history' } });
      show(historyPage(message.view));
      break;
    case 'empty':
      show([el('p', { class: 'empty' }, message.reason)]);
      break;
    case 'notice':
      if (notice !== null) {
        notice.textContent = message.text;
        notice.className = message.level;
      }
      break;
  }
});

host.postMessage({ kind: 'ready' });
