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

/** The interview panel's tab, wherever it is. */
export function interviewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('onsite.interview'));
}

/** The open solution file for `problemId` (`<problem>-<stamp>.js|ts`), if a tab shows one. */
export function solutionTab(problemId: string): vscode.Uri | undefined {
  for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs)) {
    if (tab.input instanceof vscode.TabInputText && new RegExp(`/${problemId}-[^/]+\\.(js|ts)$`).test(tab.input.uri.path)) return tab.input.uri;
  }
  return undefined;
}

/**
 * Runs a command that waits on the person (a quick pick, a notification's button) and answers with
 * `answer` — a workbench command bound to a key — until the command finishes.
 */
async function answering(what: string, answer: string, command: string, ...args: unknown[]): Promise<void> {
  const state = { settled: false };
  const running = vscode.commands.executeCommand(command, ...args).then(() => { state.settled = true; });
  await waitFor(what, async () => {
    if (!state.settled) await vscode.commands.executeCommand(answer);
    return state.settled ? true : undefined;
  });
  await running;
}

/**
 * Starts an interview on a problem by id, as the explorer's "Start This Problem" does, and answers the
 * language quick pick with Enter, which takes the first entry: the `onsite.defaultLanguage`.
 */
export async function startProblem(problemId: string): Promise<void> {
  await answering('the language to be chosen', 'workbench.action.acceptSelectedQuickOpenItem', 'onsite.startProblem', problemId);
  await waitFor('the interview panel', () => interviewTab());
}

/**
 * Next Phase; when the phase's criteria are unmet the extension asks in a notification, answered with
 * its primary action ("Move on anyway"), as Ctrl+Shift+A would.
 */
export async function nextPhase(): Promise<void> {
  await answering('the phase to change', 'notification.acceptPrimaryAction', 'onsite.nextPhase');
}

/** Moves on from Clarify and Plan to Code, where the solution file is created. */
export async function advanceToCode(problemId: string): Promise<vscode.Uri> {
  await nextPhase();
  await nextPhase();
  return waitFor('the solution file', () => solutionTab(problemId));
}

/**
 * Gives up on the running interview (answering the confirmation) and closes every editor, so no test
 * leaves an unfinished session for the after-reload round to trip over.
 */
export async function closeInterview(): Promise<void> {
  if (interviewTab() !== undefined) await answering('the interview to end', 'notification.acceptPrimaryAction', 'onsite.giveUp');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('notifications.clearAll');
}
