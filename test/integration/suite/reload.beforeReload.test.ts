import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeOnsite, advanceToCode, interviewTab, startProblem } from './onsite';
import { RELOAD_HANDOFF } from './paths';

// Runs last in the first round (see mochaRun) and leaves its session open on purpose:
// reload.afterReload.ts checks it after the window reloads.
describe('before a window reload', () => {
  it('leaves an interview in the code phase with a half-written solution', async () => {
    await activeOnsite();
    await startProblem('valid-anagram');
    const solution = await advanceToCode('valid-anagram');
    assert.ok(interviewTab());
    const document = await vscode.workspace.openTextDocument(solution);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(solution, new vscode.Position(0, 0), '// first idea: count letters\n');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    writeFileSync(RELOAD_HANDOFF, JSON.stringify({ solution: solution.fsPath }));
  });
});
