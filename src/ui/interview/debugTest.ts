/**
 * Debug Test: one visible or custom test run in Node under VS Code's JavaScript debugger, so the
 * candidate can set breakpoints in their own solution file. The judge's `buildDebugScript` keeps the
 * script's line numbers (its harness sits on the first line); a source map written here points the
 * script's lines back at the solution file (one to one for JavaScript, through the transpiler's
 * positions for TypeScript), so breakpoints set there bind. This runs
 * outside the sandbox, and every label says so.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Judge } from '../../judge/judge';
import type { InterviewRoom } from './room';
import { readSolution } from './solutionFile';
import { identitySourceMap, transpiledSourceMap } from './sourceMap';

function testArgs(room: InterviewRoom, testId: string): { label: string; args: unknown[] } | undefined {
  const visible = /^visible-(\d+)$/.exec(testId);
  if (visible !== null) {
    const test = room.problem.tests.visible[Number(visible[1]) - 1];
    return test === undefined ? undefined : { label: test.label, args: test.args };
  }
  const custom = room.savedTests.find((t) => t.id === testId);
  return custom === undefined ? undefined : { label: custom.label, args: custom.args.map((a) => JSON.parse(a) as unknown) };
}

export async function debugOneTest(room: InterviewRoom, testId: string, storageDir: string, judge: Judge): Promise<void> {
  const file = room.session.state.solutionPath;
  if (file === null) throw new Error(vscode.l10n.t('Open the solution file first.'));
  const test = testArgs(room, testId);
  if (test === undefined) throw new Error(vscode.l10n.t('No test with id {0}.', testId));
  if (room.session.state.language === 'python') {
    await debugPythonTest(room, testId, test, file, storageDir, judge);
    return;
  }
  const source = await readSolution(file);
  // Through the judge, so the script gets the same library globals (priority queues, lodash) as the sandbox.
  const { script, solutionScript, lineMap } = await judge.debugScript(room.problem, source, room.session.state.language, test.args);
  const firstNewline = script.indexOf('\n');
  const firstLine = firstNewline === -1 ? script : script.slice(0, firstNewline);
  // The solution as the script holds it (module syntax stripped, TypeScript transpiled) ends the first line.
  const firstColumn = Math.max(0, firstLine.length - (solutionScript.split('\n', 1)[0] ?? '').length);
  const map = lineMap === null ? identitySourceMap(file, firstColumn, source.split('\n').length) : transpiledSourceMap(file, firstColumn, lineMap);
  const dir = path.join(storageDir, 'debug');
  fs.mkdirSync(dir, { recursive: true });
  const scriptFile = path.join(dir, `${room.problem.meta.id}-${testId.replace(/[^A-Za-z0-9-]/g, '_')}.js`);
  fs.writeFileSync(scriptFile, `${script}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`);
  const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
    type: 'node',
    request: 'launch',
    name: vscode.l10n.t('Onsite: debug "{0}" (Node, outside the sandbox)', test.label),
    program: scriptFile,
    sourceMaps: true,
    outFiles: [scriptFile],
    resolveSourceMapLocations: null,
    skipFiles: ['<node_internals>/**'],
    console: 'internalConsole',
  });
  if (!started) throw new Error(vscode.l10n.t('The debugger did not start.'));
}

/** The Python Debugger extension; without it (or without a local Python 3) the user is told which is missing. */
const PYTHON_DEBUGGER_EXTENSIONS = ['ms-python.debugpy', 'ms-python.python'];

function localPython(): Promise<string | undefined> {
  const candidates = process.platform === 'win32' ? ['python', 'py'] : ['python3', 'python'];
  return candidates.reduce<Promise<string | undefined>>(
    (found, command) =>
      found.then((already) =>
        already !== undefined
          ? already
          : new Promise((resolve) => {
              execFile(command, ['--version'], { timeout: 5000 }, (error, stdout, stderr) => {
                resolve(error === null && /Python 3\./.test(`${stdout}${stderr}`) ? command : undefined);
              });
            }),
      ),
    Promise.resolve(undefined),
  );
}

async function debugPythonTest(room: InterviewRoom, testId: string, test: { label: string; args: unknown[] }, file: string, storageDir: string, judge: Judge): Promise<void> {
  const debuggerExtension = PYTHON_DEBUGGER_EXTENSIONS.find((id) => vscode.extensions.getExtension(id) !== undefined);
  const python = await localPython();
  const missing = [...(python === undefined ? [vscode.l10n.t('a local Python 3 (python3 on the PATH)')] : []), ...(debuggerExtension === undefined ? [vscode.l10n.t('the Python Debugger extension (ms-python.debugpy)')] : [])];
  if (missing.length > 0) throw new Error(vscode.l10n.t('Debug Test for Python runs your solution in your own Python, outside the sandbox, and needs {0}.', missing.join(vscode.l10n.t(' and '))));
  const dir = path.join(storageDir, 'debug');
  fs.mkdirSync(dir, { recursive: true });
  const scriptFile = path.join(dir, `${room.problem.meta.id}-${testId.replace(/[^A-Za-z0-9-]/g, '_')}.py`);
  fs.writeFileSync(scriptFile, await judge.pythonDebugScript(room.problem, file, test.args));
  const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
    type: 'debugpy',
    request: 'launch',
    name: vscode.l10n.t('Onsite: debug "{0}" (Python, outside the sandbox)', test.label),
    program: scriptFile,
    console: 'internalConsole',
    justMyCode: true,
  });
  if (!started) throw new Error(vscode.l10n.t('The debugger did not start.'));
}
