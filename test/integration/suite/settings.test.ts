import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { activeOnsite, advanceToCode, closeInterview, startProblem } from './onsite';

describe('settings', () => {
  const onsite = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('onsite');
  before(async () => { await activeOnsite(); });
  afterEach(async () => {
    await closeInterview();
    await onsite().update('defaultLanguage', undefined, vscode.ConfigurationTarget.Global);
    await onsite().update('solutionFolder', undefined, vscode.ConfigurationTarget.Global);
  });

  it('onsite.defaultLanguage and onsite.solutionFolder decide the solution file, without a reload', async () => {
    const folder = mkdtempSync(`${tmpdir()}/onsite-solutions-`);
    await onsite().update('defaultLanguage', 'typescript', vscode.ConfigurationTarget.Global);
    await onsite().update('solutionFolder', folder, vscode.ConfigurationTarget.Global);
    await startProblem('climbing-stairs');
    const solution = await advanceToCode('climbing-stairs');
    assert.equal(dirname(solution.fsPath), folder);
    assert.match(solution.fsPath, /\.ts$/);
  });
});
