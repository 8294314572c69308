/**
 * Run and Submit from the editor: read the solution as typed, judge it off the extension host's thread
 * (the judge runs in a worker), put compile and runtime errors on the file as diagnostics, and record
 * the result in the session.
 */
import * as vscode from 'vscode';
import { refusalWords } from '../refusalWords';
import type { Judge } from '../../judge/judge';
import type { JudgeReport } from '../../vocabulary/verdicts';
import { judgeTestsOf } from './customTests';
import type { InterviewRoom } from './room';
import { readSolution } from './solutionFile';

export class SolutionDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('onsite-solution');

  show(file: string, report: JudgeReport): void {
    const seen = new Set<string>();
    const diagnostics: vscode.Diagnostic[] = [];
    for (const test of report.tests) {
      if (test.verdict !== 'compile_error' && test.verdict !== 'runtime_error') continue;
      const message = test.message ?? test.verdict;
      const key = `${test.position?.line ?? 0}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line = Math.max(0, (test.position?.line ?? 1) - 1);
      const column = Math.max(0, (test.position?.column ?? 1) - 1);
      const range = new vscode.Range(line, column, line, Number.MAX_SAFE_INTEGER);
      const what = test.verdict === 'compile_error' ? vscode.l10n.t('Compile error') : vscode.l10n.t('Runtime error in test "{0}"', test.label);
      const diagnostic = new vscode.Diagnostic(range, `${what}: ${message}`, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Onsite';
      diagnostics.push(diagnostic);
    }
    this.collection.set(vscode.Uri.file(file), diagnostics);
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}

export async function runSolution(room: InterviewRoom, judge: Judge, diagnostics: SolutionDiagnostics): Promise<JudgeReport | undefined> {
  const file = room.session.state.solutionPath;
  if (file === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the solution file first (it is created when the code phase begins).'));
    return undefined;
  }
  room.setBusy('run');
  try {
    const source = await readSolution(file);
    const report = await judge.run(room.problem, source, room.session.state.language, judgeTestsOf(room.savedTests));
    room.lastRun = report;
    diagnostics.show(file, report);
    room.session.recordRun(report);
    return report;
  } finally {
    room.setBusy(null);
  }
}

export async function submitSolution(room: InterviewRoom, judge: Judge, diagnostics: SolutionDiagnostics): Promise<JudgeReport | undefined> {
  const file = room.session.state.solutionPath;
  if (file === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no solution to submit yet.'));
    return undefined;
  }
  const check = room.session.checkSubmit();
  if (!check.allowed) {
    void vscode.window.showWarningMessage(refusalWords(check.refusal));
    return undefined;
  }
  let override = false;
  if (check.needsOverride) {
    const submitAnyway = vscode.l10n.t('Submit anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Not yet: {0}. The debrief will note it.', check.unmet.map((c) => c.label).join('; ')),
      submitAnyway,
    );
    if (choice !== submitAnyway) return undefined;
    override = true;
  }
  room.setBusy('submit');
  try {
    const source = await readSolution(file);
    const submitted = await judge.submit(room.problem, source, room.session.state.language);
    // An accepted solution also meets the interview-scale tier, where the problem has one: the debrief says how it did.
    const efficiency = submitted.verdict === 'accepted' ? await judge.efficiency(room.problem, source, room.session.state.language) : undefined;
    const report = efficiency !== undefined ? { ...submitted, efficiency } : submitted;
    room.lastSubmit = report;
    diagnostics.show(file, report);
    const result = room.session.submit(report, { override });
    if (!result.ok) void vscode.window.showWarningMessage(refusalWords(result.refusal));
    return report;
  } finally {
    room.setBusy(null);
  }
}

