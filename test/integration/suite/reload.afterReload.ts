import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeOnsite, interviewTab, solutionTab, waitFor } from './onsite';
import { RELOAD_HANDOFF } from './paths';

describe('after a window reload', () => {
  it('the interview is still running: the panel is back and the same solution file is open', async () => {
    assert.ok(existsSync(RELOAD_HANDOFF), 'the first round did not leave a session behind');
    const { solution } = JSON.parse(readFileSync(RELOAD_HANDOFF, 'utf8')) as { solution: string };
    await activeOnsite();
    await waitFor('the interview panel to be restored', () => interviewTab());
    const open = await waitFor('the solution file', () => solutionTab('valid-anagram'));
    assert.equal(open.fsPath, solution);
    assert.match(readFileSync(solution, 'utf8'), /first idea: count letters/);
    // The restored session still takes commands: moving to the test phase works.
    await vscode.commands.executeCommand('onsite.nextPhase');
  });
});
