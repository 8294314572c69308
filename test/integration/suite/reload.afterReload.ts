import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeOnsite, interviewTab, nextPhase, solutionTab, waitFor } from './onsite';
import { RELOAD_HANDOFF } from './paths';

describe('after a window reload', () => {
  it('the interview is still running: its panel is back (restored or resumed) and its solution kept', async function () {
    // The whole window is restoring at the same time; on a busy machine that takes a while.
    this.timeout(90_000);
    assert.ok(existsSync(RELOAD_HANDOFF), 'the first round did not leave a session behind');
    const { solution } = JSON.parse(readFileSync(RELOAD_HANDOFF, 'utf8')) as { solution: string };
    await activeOnsite();
    // VS Code restores the panel when it persisted the window's editors before the reload; when the
    // reload outran that, the person resumes the interview from the palette. Either way it is the same one.
    const restored = await waitFor('the interview panel to be restored', () => interviewTab(), 30_000).catch(() => undefined);
    if (restored === undefined) await vscode.commands.executeCommand('onsite.resumeInterview');
    const panel = await waitFor('the interview panel', () => interviewTab());
    assert.match(panel.label, /Valid Anagram/);
    assert.match(readFileSync(solution, 'utf8'), /first idea: count letters/);
    if (restored !== undefined) {
      const open = await waitFor('the solution file to be restored', () => solutionTab('valid-anagram'));
      assert.equal(open.fsPath, solution);
    }
    // The restored session still takes commands: moving to the test phase works.
    await nextPhase();
  });
});
