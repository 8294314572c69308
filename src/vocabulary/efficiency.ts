/**
 * The efficiency tier's verdict in one sentence, shared by the CLI, the panel and the debrief: the
 * judge produces the report, and core words it without importing the judge.
 */
import type { EfficiencyReport } from './verdicts';

/** How many times the reference's time, for a sentence; "n/a" when the reference was too quick to measure. */
function timesReference(ms: number, referenceMs: number): string {
  if (referenceMs < 1) return 'the reference was under a millisecond';
  const ratio = ms / referenceMs;
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}× the reference's ${referenceMs} ms`;
}

/** One sentence for the CLI, the panel and the debrief. */
export function describeEfficiency(report: EfficiencyReport): string {
  const s = report.slowest;
  const took = s.timedOut ? `was stopped at the tier's ${s.limitMs} ms limit` : `took ${s.ms} ms of ${s.limitMs} ms`;
  const comparison = s.timedOut ? `at least ${timesReference(s.ms, s.referenceMs)}` : timesReference(s.ms, s.referenceMs);
  const failed = report.differed ? ` on "${report.differed.label}" (${report.differed.verdict}: ${report.differed.message})` : '';
  if (report.verdict === 'unfinished') return `not timed at interview scale: no test there ran to an answer, it failed${failed}`;
  const timing =
    report.verdict === 'too_slow'
      ? `too slow at interview scale: on "${s.label}" it ${took}, ${comparison}: an interviewer will ask for ${report.expected}`
      : `efficient at interview scale: the slowest test, "${s.label}", ${took} (${comparison}), as ${report.expected} allows`;
  const after = report.differed === undefined ? '' : report.differed.verdict === 'wrong_answer' ? `; the answer differed at interview scale${failed}` : `; at interview scale it failed${failed}`;
  return `${timing}${after}`;
}
