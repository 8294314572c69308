import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeOnsite, interviewTab, nextPhase, solutionTab, waitFor } from './onsite';
import { RELOAD_HANDOFF } from './paths';

describe('after a window reload', () => {
  it('the interview is still running: the panel is back and the same solution file is open', async function () {
    // The whole window is restoring at the same time; on a busy machine that takes a while.
    this.timeout(90_000);
    assert.ok(existsSync(RELOAD_HANDOFF), 'the first round did not leave a session behind');
    const { solution } = JSON.parse(readFileSync(RELOAD_HANDOFF, 'utf8')) as { solution: string };
    await activeOnsite();
    const tabs = (): string => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ');
    await waitFor('the interview panel to be restored', () => interviewTab(), 40_000).catch((error: unknown) => { throw new Error(`${String(error)}; open tabs: ${tabs()}`); });
    const open = await waitFor('the solution file', () => solutionTab('valid-anagram'), 20_000).catch((error: unknown) => { throw new Error(`${String(error)}; open tabs: ${tabs()}`); });
    assert.equal(open.fsPath, solution);
    assert.match(readFileSync(solution, 'utf8'), /first idea: count letters/);
    // The restored session still takes commands: moving to the test phase works.
    await nextPhase();
  });
});
