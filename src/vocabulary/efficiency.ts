/**
 * The efficiency tier's verdict in one sentence, shared by the CLI, the panel and the debrief: the
 * judge produces the report, and core words it without importing the judge.
 */
import type { Language } from './languages';
import type { EfficiencyReport } from './verdicts';

/**
 * How many times the reference's time, for a sentence. The reference is JavaScript: beside a Python
 * solution the sentence says so, since part of that ratio is the engine, not the algorithm.
 */
function timesReference(ms: number, referenceMs: number, language: Language): string {
  const reference = language === 'python' ? 'the JavaScript reference' : 'the reference';
  if (referenceMs < 1) return `${reference} was under a millisecond`;
  const ratio = ms / referenceMs;
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}× ${reference}'s ${referenceMs} ms`;
}

/** One sentence for the CLI and the debrief, about a solution written in `language`. */
export function describeEfficiency(report: EfficiencyReport, language: Language): string {
  const s = report.slowest;
  const took = s.timedOut ? `was stopped at the tier's ${s.limitMs} ms limit` : `took ${s.ms} ms of ${s.limitMs} ms`;
  const comparison = s.timedOut ? `at least ${timesReference(s.ms, s.referenceMs, language)}` : timesReference(s.ms, s.referenceMs, language);
  const failed = report.differed ? ` on "${report.differed.label}" (${report.differed.verdict}: ${report.differed.message})` : '';
  if (report.verdict === 'unfinished') return `not timed at interview scale: no test there ran to an answer, it failed${failed}`;
  const timing =
    report.verdict === 'too_slow'
      ? `too slow at interview scale: on "${s.label}" it ${took}, ${comparison}: an interviewer will ask for ${report.expected}`
      : `efficient at interview scale: the slowest test, "${s.label}", ${took} (${comparison}), as ${report.expected} allows`;
  const after = report.differed === undefined ? '' : report.differed.verdict === 'wrong_answer' ? `; the answer differed at interview scale${failed}` : `; at interview scale it failed${failed}`;
  return `${timing}${after}`;
}
