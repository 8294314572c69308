/**
 * Entry point of the interview webview. Every message from the host is parsed against the shared
 * protocol before anything reads it; a malformed one is logged once and dropped.
 */
// Only the elements the panes use: the whole library (bundled.js) is three quarters of this script and
// every element in it is defined as the page loads, on the path of the panel's first paint.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-form-group/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { parseHostMessage } from '../protocol';
import type { WebviewMessage } from '../protocol';
import { useHostTranslations } from '../shared/translations';
import { postToHost } from '../shared/vscodeApi';
import { InterviewScreen } from './screen';

// Marks for the e2e reload trace (issue #16's 3 s): where the panel's own part of the wait goes.
performance.mark('onsite:script-evaluated');
useHostTranslations(document.body);
const root = document.getElementById('app');
if (root !== null) {
  let shown = false;
  const screen = new InterviewScreen(root, (message: WebviewMessage) => { postToHost(message); });
  window.addEventListener('message', (event: MessageEvent) => {
    const parsed = parseHostMessage(event.data);
    if (!parsed.ok) {
      console.warn(`[onsite] ignored a malformed message from the extension: ${parsed.reason}`);
      return;
    }
    if (performance.getEntriesByName('onsite:first-message', 'mark').length === 0) performance.mark('onsite:first-message');
    screen.handle(parsed.value);
    if (parsed.value.kind === 'view' && !shown) {
      // Once per load: the host holds its background work (the judge's start) until the panel has drawn.
      shown = true;
      postToHost({ kind: 'shown' });
    }
  });
  if (screen.showSaved()) performance.mark('onsite:saved-view-drawn');
  postToHost({ kind: 'ready' });
  performance.mark('onsite:ready-sent');
}
