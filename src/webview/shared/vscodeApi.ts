/**
 * The webview's handle on VS Code: typed posting and the view-detail cache. `acquireVsCodeApi` may be
 * called only once per document, so this module holds the single instance.
 */
import type { DebriefWebviewMessage } from '../debrief/protocol';
import type { WebviewMessage } from '../protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** A message of either panel's protocol; each page posts only its own kinds. */
export function postToHost(message: WebviewMessage | DebriefWebviewMessage): void {
  api.postMessage(message);
}

/** View details only (open sections, drafts not yet sent); the interview itself lives in the host. */
export function loadViewState<T extends object>(fallback: T): T {
  const state = api.getState();
  return typeof state === 'object' && state !== null ? { ...fallback, ...(state as Partial<T>) } : fallback;
}

export function saveViewState(state: object): void {
  api.setState(state);
}
