import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activeOnsite, closeInterview, startProblem, waitFor } from './onsite';
import { FIXTURES } from './paths';

describe('problem folders', () => {
  const brokenDir = join(FIXTURES, 'problems', 'broken-problem');
  before(async () => { await activeOnsite(); });
  after(async () => {
    await vscode.workspace.getConfiguration('onsite').update('problemFolders', undefined, vscode.ConfigurationTarget.Global);
  });

  it('reports a broken problem folder in the Problems panel and still loads the bundled bank', async () => {
    await vscode.workspace.getConfiguration('onsite').update('problemFolders', [join(FIXTURES, 'problems')], vscode.ConfigurationTarget.Global);
    // Starting an interview loads the bank (lazily, on first need) with the broken folder in it,
    // and proves the bundled problems still load beside it.
    await startProblem('two-sum');
    const diagnostics = await waitFor('a diagnostic on the broken problem', () => {
      const found = vscode.languages.getDiagnostics().filter(([uri]) => uri.fsPath.startsWith(brokenDir));
      return found.length > 0 ? found.flatMap(([, list]) => list) : undefined;
    });
    const messages = diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /difficulty/, `the report does not name the bad field:\n${messages}`);
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    await closeInterview();
  });
});
