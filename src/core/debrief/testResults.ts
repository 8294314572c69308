/**
 * The tests section: hidden results by label, first submit against final, and what failed on the way,
 * as figures; src/ui/debrief/testResultWords.ts words them.
 */
import { codingStart, failureVerdicts, isSolutionFailure, testName } from './sessionLog';
import type { Attempt, SessionLog } from './sessionLog';
import type { EfficiencyReport } from '../../vocabulary/verdicts';

export interface LabelResult {
  label: string;
  firstSubmit: { passed: number; total: number } | null;
  finalSubmit: { passed: number; total: number } | null;
}

/**
 * A kind of input that failed while the same solution passed other kinds, so the input is to blame:
 * a hidden test's kind ("negatives"), or a statement example by number ("Example 2").
 */
export interface FailingKind {
  kind: string;
  /** A statement example: names one problem's input, so history does not compare it across problems. */
  example: boolean;
  /** Attempts (runs and submits) in which at least one test of this kind failed. */
  attempts: number;
  firstAt: number;
  verdicts: string[];
}

export interface TestReport {
  runs: number;
  submits: number;
  /** Runs that included at least one of the candidate's own tests. */
  runsWithOwnTests: number;
  firstSubmit: { t: number; passed: number; total: number; verdict: string } | null;
  finalSubmit: { t: number; passed: number; total: number; verdict: string } | null;
  acceptedOnSubmit: number | null;
  byLabel: LabelResult[];
  codingStartedAt: number | null;
  firstGreenAt: number | null;
  /** Active ms from the first code to the first all-passing run or submit. */
  timeToFirstGreenMs: number | null;
  failingKinds: FailingKind[];
  /** Runs and submits in which no test passed: the solution failed as a whole, not on a kind of input. */
  solutionFailures: SolutionFailure[];
  /** The efficiency tier's report on the final submit, when it ran and its event is well-formed. */
  efficiency: EfficiencyReport | null;
}

/**
 * The final submit's efficiency verdict, when its event has one of the right shape: the log is read
 * from disk unchecked (a hand-edited log), so a malformed one is left out rather than misreported.
 */
function efficiencyOf(log: SessionLog): EfficiencyReport | null {
  const submits = log.events.filter((e) => e.type === 'submitted');
  const raw: unknown = submits[submits.length - 1]?.efficiency;
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<EfficiencyReport>;
  const s = r.slowest;
  const wellFormed =
    (r.verdict === 'efficient' || r.verdict === 'too_slow' || r.verdict === 'unfinished') &&
    typeof r.expected === 'string' &&
    typeof s === 'object' &&
    typeof s.label === 'string' &&
    [s.ms, s.referenceMs, s.limitMs].every((n) => typeof n === 'number' && Number.isFinite(n));
  return wellFormed ? (raw as EfficiencyReport) : null;
}

export interface SolutionFailure {
  kind: 'run' | 'submit';
  t: number;
  total: number;
  /** Distinct verdicts of the failing tests, most frequent first. */
  verdicts: string[];
}

function tally(attempt: Attempt | undefined, label: string): { passed: number; total: number } | null {
  if (attempt === undefined) return null;
  const tests = attempt.tests.filter((t) => t.source === 'hidden' && t.label === label);
  if (tests.length === 0) return null;
  return { passed: tests.filter((t) => t.verdict === 'accepted').length, total: tests.length };
}

function summary(attempt: Attempt | undefined): TestReport['firstSubmit'] {
  return attempt === undefined ? null : { t: attempt.t, passed: attempt.passed, total: attempt.total, verdict: attempt.verdict };
}

export function testReport(log: SessionLog): TestReport {
  const first = log.submits[0];
  const final = log.submits[log.submits.length - 1];
  const labels: string[] = [];
  for (const submit of log.submits) {
    for (const test of submit.tests) {
      if (test.source === 'hidden' && !labels.includes(test.label)) labels.push(test.label);
    }
  }
  const acceptedIndex = log.submits.findIndex((s) => s.verdict === 'accepted');
  const codeFrom = codingStart(log);
  const green = log.attempts.find((a) => a.verdict === 'accepted' && a.total > 0 && a.passed === a.total);

  const kinds = new Map<string, FailingKind>();
  for (const attempt of log.attempts) {
    if (isSolutionFailure(attempt)) continue;
    const seen = new Set<string>();
    for (const test of attempt.tests) {
      // The candidate's own tests carry their own names, not kinds of input the problem defines.
      if (test.verdict === 'accepted' || test.source === 'custom') continue;
      const kind = testName(test, attempt.tests);
      // Only a kind that failed while another kind passed in the same attempt is the input's fault.
      const otherPassed = attempt.tests.some((o) => o.verdict === 'accepted' && o.source !== 'custom' && testName(o, attempt.tests) !== kind);
      if (!otherPassed) continue;
      const entry = kinds.get(kind) ?? { kind, example: test.source === 'visible', attempts: 0, firstAt: attempt.t, verdicts: [] };
      if (!seen.has(kind)) entry.attempts++;
      if (!entry.verdicts.includes(test.verdict)) entry.verdicts.push(test.verdict);
      seen.add(kind);
      kinds.set(kind, entry);
    }
  }
  const solutionFailures = log.attempts
    .filter(isSolutionFailure)
    .map((a): SolutionFailure => ({ kind: a.kind, t: a.t, total: a.total, verdicts: failureVerdicts(a) }));

  return {
    runs: log.runs.length,
    submits: log.submits.length,
    runsWithOwnTests: log.runs.filter((r) => r.tests.some((t) => t.source === 'custom')).length,
    firstSubmit: summary(first),
    finalSubmit: summary(final),
    acceptedOnSubmit: acceptedIndex < 0 ? null : acceptedIndex + 1,
    byLabel: labels.map((label) => ({ label, firstSubmit: tally(first, label), finalSubmit: tally(final, label) })),
    codingStartedAt: codeFrom,
    firstGreenAt: green?.t ?? null,
    timeToFirstGreenMs: green !== undefined && codeFrom !== null ? Math.max(0, green.t - codeFrom) : null,
    failingKinds: [...kinds.values()].sort((a, b) => a.firstAt - b.firstAt),
    solutionFailures,
    efficiency: efficiencyOf(log),
  };
}
