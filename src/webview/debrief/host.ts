/** The one channel to the extension host, typed by the protocol. */
import type { DebriefWebviewMessage, DebriefWebviewState } from './protocol';

interface VsCodeApi {
  postMessage(message: DebriefWebviewMessage): void;
  getState(): unknown;
  setState(state: DebriefWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const host = acquireVsCodeApi();
