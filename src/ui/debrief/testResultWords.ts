/**
 * The debrief's sentences on test results in the display language. Free of `vscode` (see
 * src/ui/refusalWords.ts) so the Markdown export, the webview view and the tests word them alike.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { SolutionFailure, TestReport } from '../../core/debrief/testResults';
import { describeEfficiency } from '../../vocabulary/efficiency';
import type { Language } from '../../vocabulary/languages';
import type { EfficiencyReport } from '../../vocabulary/verdicts';
import { list, verdictWords } from './commonWords';

/** "a compile error in the run at 05:00 and the submit at 07:30": where the whole solution failed. */
export function solutionFailureWords(failures: readonly SolutionFailure[]): string {
  const byVerdict = new Map<string, string[]>();
  for (const f of failures) {
    const verdict = f.verdicts.map(verdictWords).join(l10n.t(' or '));
    const where = f.kind === 'run' ? l10n.t('the run at {0}', formatClock(f.t)) : l10n.t('the submit at {0}', formatClock(f.t));
    byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), where]);
  }
  return [...byVerdict].map(([verdict, where]) => l10n.t('{0} in {1}', verdict, list(where))).join('; ');
}

/** The tests section's sentences on failures: solution-level failures first, then inputs to blame. */
export function failureSentences(report: TestReport): string[] {
  const lines: string[] = [];
  const attempts = report.runs + report.submits;
  const failures = report.solutionFailures;
  if (failures.length > 0) {
    lines.push(
      attempts === 1
        ? l10n.t('No test passed in {0} of 1 run or submit — a failure of the whole solution, not of a kind of input: {1}.', failures.length, solutionFailureWords(failures))
        : l10n.t('No test passed in {0} of {1} runs and submits — a failure of the whole solution, not of a kind of input: {2}.', failures.length, attempts, solutionFailureWords(failures)),
    );
  }
  if (report.failingKinds.length > 0) {
    const kinds = report.failingKinds.map((k) => {
      const kind = k.example ? k.kind : l10n.t('{0} input', k.kind);
      const verdicts = k.verdicts.map(verdictWords).join(', ');
      return k.attempts === 1 ? l10n.t('{0} (1 run or submit, {1})', kind, verdicts) : l10n.t('{0} ({1} runs or submits, {2})', kind, k.attempts, verdicts);
    });
    lines.push(l10n.t('Failed while other tests passed: {0}.', kinds.join('; ')));
  }
  return lines;
}

/** The efficiency tier's verdict on an accepted final submit: "Accepted, and too slow at interview scale: …". */
export function efficiencyWords(report: EfficiencyReport, language: Language): string {
  return l10n.t('Accepted, and {0}.', describeEfficiency(report, language));
}
