/** Small helpers the integration tests share: the extension under test, waiting on conditions. */
import * as vscode from 'vscode';
import { EXTENSION_ID } from './paths';

export async function activeOnsite(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (extension === undefined) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  // A development extension's commands are listed only once it is active.
  await extension.activate();
  return extension;
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
