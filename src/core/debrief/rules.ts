/**
 * Every feedback finding the debrief can state, each from one explicit rule over the session's facts.
 * A rule either finds its evidence in the log and returns a message citing it (worded outside core, by
 * src/ui/debrief/findingWords.ts), or returns null: there is no generic praise and no finding without
 * evidence. Rules run in this order; the last one reads the
 * findings before it, so a clean session gets one short sentence instead of silence.
 */
import type { SelfReviewDimension } from '../../vocabulary/interview';
import { isResourceVerdict } from '../../vocabulary/verdicts';
import type { SessionFacts } from './facts';
import type { FindingMessage } from './findingMessages';
import { codingStart, eventsOf, inputKind, isSolutionFailure } from './sessionLog';
import type { Attempt, SessionLog } from './sessionLog';
import { relatesToClarification } from './clarifications';

export type Tone = 'improve' | 'keep';

export interface Finding {
  ruleId: RuleId;
  dimension: SelfReviewDimension;
  tone: Tone;
  /** What the rule found; its `id` is the rule's, so the wording layer also titles the finding by it. */
  message: FindingMessage;
  /** Active-time positions of the events the sentence cites, for linking to the timeline. */
  evidence: number[];
}

export interface FeedbackRule {
  id: RuleId;
  dimension: SelfReviewDimension;
  evaluate(facts: SessionFacts, earlier: readonly Finding[]): Omit<Finding, 'ruleId' | 'dimension'> | null;
}

export const RULE_IDS = [
  'coded-before-key-question',
  'key-questions-missed',
  'no-plan-before-code',
  'plan-slower-than-expected',
  'max-size-tests-failed',
  'measured-growth-slower',
  'submitted-without-running',
  'no-own-test-before-submit',
  'mutants-missed',
  'input-kind-failed-repeatedly',
  'solution-failed-every-test',
  'silent-coding',
  'phase-over-budget',
  'hints-revealed',
  'gave-up',
  'time-expired',
  'went-back-to-fix',
  'own-tests-before-first-submit',
  'clean-session',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The first submit and the runs with the candidate's own tests before it; null when nothing was submitted. */
function ownRunsBeforeFirstSubmit(log: SessionLog): { first: Attempt; ownRuns: Attempt[] } | null {
  const first = log.submits[0];
  if (first === undefined) return null;
  return { first, ownRuns: log.runs.filter((r) => r.t < first.t && r.tests.some((t) => t.source === 'custom')) };
}

export const RULES: readonly FeedbackRule[] = [
  {
    id: 'coded-before-key-question',
    dimension: 'communication',
    evaluate({ log, clarifications, tests }) {
      const codeFrom = codingStart(log);
      if (codeFrom === null) return null;
      for (const c of clarifications.outcomes) {
        if (!c.key || (c.askedAt !== null && c.askedAt <= codeFrom)) continue;
        // A submit where nothing passed failed as a whole: no question about inputs would have saved it.
        const hiddenFailures = log.submits.filter((s) => !isSolutionFailure(s)).flatMap((s) =>
          s.tests.filter((t) => t.source === 'hidden' && t.verdict !== 'accepted' && relatesToClarification(c.id, inputKind(t.label))).map(() => s.t),
        );
        const failedSubmits = [...new Set(hiddenFailures)];
        if (failedSubmits.length === 0) continue;
        const kind = tests.failingKinds.find((k) => relatesToClarification(c.id, k.kind))?.kind ?? c.id;
        return {
          tone: 'improve',
          message: { id: 'coded-before-key-question', codingStartedAt: codeFrom, clarificationId: c.id, kind, failedSubmits: failedSubmits.length },
          evidence: [codeFrom, ...failedSubmits],
        };
      }
      return null;
    },
  },
  {
    id: 'key-questions-missed',
    dimension: 'communication',
    evaluate({ clarifications }) {
      const missed = clarifications.outcomes.filter((c) => c.key && c.askedAt === null);
      if (missed.length === 0) return null;
      return {
        tone: 'improve',
        message: {
          id: 'key-questions-missed',
          asked: clarifications.keyAsked,
          total: clarifications.keyTotal,
          missed: missed.map((c) => ({ question: c.question, answer: c.answer })),
        },
        evidence: [],
      };
    },
  },
  {
    id: 'no-plan-before-code',
    dimension: 'problem_solving',
    evaluate({ log }) {
      const codeFrom = codingStart(log);
      if (codeFrom === null) return null;
      const planned = eventsOf(log, 'plan_updated').some((p) => p.t <= codeFrom && p.plan.approach.trim() !== '');
      if (planned) return null;
      return {
        tone: 'improve',
        message: { id: 'no-plan-before-code', codingStartedAt: codeFrom },
        evidence: [codeFrom],
      };
    },
  },
  {
    id: 'plan-slower-than-expected',
    dimension: 'problem_solving',
    evaluate({ complexity, log }) {
      if (complexity.comparison !== 'slower' || complexity.stated === null || complexity.expected === null) return null;
      const final = log.submits[log.submits.length - 1];
      const scaleFailure = final !== undefined && !isSolutionFailure(final);
      const timedOut = scaleFailure ? complexity.maxSizeTests.filter((t) => t.verdict === 'time_limit_exceeded').length : 0;
      return {
        tone: 'improve',
        message: { id: 'plan-slower-than-expected', stated: complexity.stated, expected: complexity.expected, timedOutLargest: timedOut },
        evidence: [],
      };
    },
  },
  {
    id: 'max-size-tests-failed',
    dimension: 'problem_solving',
    evaluate({ complexity, tests, log }) {
      // Only running out of time or memory says the solution does not scale: a wrong answer on a large test is a correctness bug.
      const failed = complexity.maxSizeTests.filter((t) => isResourceVerdict(t.verdict));
      const final = log.submits[log.submits.length - 1];
      // When nothing passed, the largest tests failed like every other one: not a question of scale.
      if (failed.length === 0 || tests.finalSubmit === null || (final !== undefined && isSolutionFailure(final))) return null;
      return {
        tone: 'improve',
        message: {
          id: 'max-size-tests-failed',
          at: tests.finalSubmit.t,
          failed: failed.length,
          total: complexity.maxSizeTests.length,
          verdicts: [...new Set(failed.map((t) => t.verdict))],
          labels: failed.map((t) => t.label),
        },
        evidence: [tests.finalSubmit.t],
      };
    },
  },
  {
    id: 'measured-growth-slower',
    dimension: 'problem_solving',
    evaluate({ complexity }) {
      const m = complexity.measured;
      if (m?.versusExpected !== 'slower' || m.growthRank === null || complexity.expected === null) return null;
      return { tone: 'improve', message: { id: 'measured-growth-slower', measured: m, expected: complexity.expected }, evidence: [m.t] };
    },
  },
  {
    id: 'submitted-without-running',
    dimension: 'testing',
    evaluate({ log }) {
      const first = log.submits[0];
      if (first === undefined || log.runs.some((r) => r.t < first.t)) return null;
      return {
        tone: 'improve',
        message: { id: 'submitted-without-running', at: first.t },
        evidence: [first.t],
      };
    },
  },
  {
    id: 'no-own-test-before-submit',
    dimension: 'testing',
    evaluate({ log }) {
      const before = ownRunsBeforeFirstSubmit(log);
      if (before === null || before.ownRuns.length > 0) return null;
      const { first } = before;
      return {
        tone: 'improve',
        message: { id: 'no-own-test-before-submit' },
        evidence: [first.t],
      };
    },
  },
  {
    id: 'mutants-missed',
    dimension: 'testing',
    evaluate({ mutants }) {
      if (!mutants.measured || mutants.missed.length === 0) return null;
      return {
        tone: 'improve',
        message: {
          id: 'mutants-missed',
          customTests: mutants.customTests,
          caught: mutants.caught,
          total: mutants.total,
          missed: mutants.missed.map((m) => ({ bug: m.bug, exposedBy: m.exposedBy })),
        },
        evidence: [],
      };
    },
  },
  {
    id: 'input-kind-failed-repeatedly',
    dimension: 'testing',
    evaluate({ tests }) {
      const repeated = tests.failingKinds.filter((k) => k.attempts >= 2);
      if (repeated.length === 0) return null;
      const worst = [...repeated].sort((a, b) => b.attempts - a.attempts)[0];
      if (worst === undefined) return null;
      return {
        tone: 'improve',
        message: {
          id: 'input-kind-failed-repeatedly',
          kind: worst.kind,
          example: worst.example,
          attempts: worst.attempts,
          firstAt: worst.firstAt,
          verdicts: worst.verdicts,
        },
        evidence: [worst.firstAt],
      };
    },
  },
  {
    id: 'solution-failed-every-test',
    dimension: 'code_quality',
    evaluate({ log, tests }) {
      const failures = tests.solutionFailures;
      const last = log.attempts[log.attempts.length - 1];
      // One early compile error fixed at once is the timeline's business; repeated or final ones are feedback.
      if (failures.length === 0 || (failures.length < 2 && (last === undefined || !isSolutionFailure(last)))) return null;
      return {
        tone: 'improve',
        message: { id: 'solution-failed-every-test', failures, attempts: log.attempts.length },
        evidence: failures.map((f) => f.t),
      };
    },
  },
  {
    id: 'silent-coding',
    dimension: 'communication',
    evaluate({ silences }) {
      const longest = [...silences].sort((a, b) => b.durationMs - a.durationMs)[0];
      if (longest === undefined) return null;
      return {
        tone: 'improve',
        message: { id: 'silent-coding', longest, stretches: silences.length },
        evidence: [longest.from, longest.to],
      };
    },
  },
  {
    id: 'phase-over-budget',
    dimension: 'time_management',
    evaluate({ phases }) {
      const over = phases.phases.filter((p) => p.standing === 'over');
      if (over.length === 0) return null;
      return {
        tone: 'improve',
        message: { id: 'phase-over-budget', over: over.map((p) => ({ phase: p.phase, spentMs: p.spentMs, budgetMs: p.budgetMs })) },
        evidence: [],
      };
    },
  },
  {
    id: 'hints-revealed',
    dimension: 'problem_solving',
    evaluate({ log }) {
      const hints = eventsOf(log, 'hint_revealed');
      if (hints.length === 0) return null;
      return {
        tone: 'improve',
        message: { id: 'hints-revealed', at: hints.map((h) => h.t) },
        evidence: hints.map((h) => h.t),
      };
    },
  },
  {
    id: 'gave-up',
    dimension: 'problem_solving',
    evaluate({ log }) {
      const gaveUp = eventsOf(log, 'gave_up')[0];
      if (gaveUp === undefined) return null;
      const best = [...log.attempts].sort((a, b) => b.passed / Math.max(1, b.total) - a.passed / Math.max(1, a.total))[0];
      const phase = [...eventsOf(log, 'phase_changed')].reverse().find((p) => p.t <= gaveUp.t && p.to !== 'done')?.to ?? 'clarify';
      return {
        tone: 'improve',
        message: {
          id: 'gave-up',
          at: gaveUp.t,
          phase,
          best: best === undefined ? null : { kind: best.kind, t: best.t, passed: best.passed, total: best.total, verdict: best.verdict },
        },
        evidence: [gaveUp.t],
      };
    },
  },
  {
    id: 'time-expired',
    dimension: 'time_management',
    evaluate({ log }) {
      const expired = eventsOf(log, 'time_expired')[0];
      if (expired === undefined) return null;
      return {
        tone: 'improve',
        message: { id: 'time-expired', at: expired.t, submitted: log.submits.length > 0 },
        evidence: [expired.t],
      };
    },
  },
  {
    id: 'went-back-to-fix',
    dimension: 'testing',
    evaluate({ log, phases }) {
      const accepted = log.submits.find((s) => s.verdict === 'accepted');
      const fix = phases.returns.find((r) => r.from === 'test' && r.to === 'code' && r.afterVerdict !== null && r.afterVerdict !== 'accepted');
      if (fix === undefined || accepted === undefined || accepted.t < fix.t) return null;
      return {
        tone: 'keep',
        message: { id: 'went-back-to-fix', at: fix.t, afterVerdict: fix.afterVerdict ?? '', acceptedAt: accepted.t },
        evidence: [fix.t, accepted.t],
      };
    },
  },
  {
    id: 'own-tests-before-first-submit',
    dimension: 'testing',
    evaluate({ log }) {
      const ownRuns = ownRunsBeforeFirstSubmit(log)?.ownRuns ?? [];
      const firstOwn = ownRuns[0];
      if (firstOwn === undefined) return null;
      return {
        tone: 'keep',
        message: { id: 'own-tests-before-first-submit', runs: ownRuns.length, firstAt: firstOwn.t },
        evidence: ownRuns.map((r) => r.t),
      };
    },
  },
  {
    id: 'clean-session',
    dimension: 'problem_solving',
    evaluate({ log, tests, clarifications, phases }, earlier) {
      if (earlier.some((f) => f.tone === 'improve') || tests.acceptedOnSubmit === null || tests.finalSubmit === null) return null;
      return {
        tone: 'keep',
        message: {
          id: 'clean-session',
          acceptedOnSubmit: tests.acceptedOnSubmit,
          at: tests.finalSubmit.t,
          keyAsked: clarifications.keyAsked,
          keyTotal: clarifications.keyTotal,
          activeMs: phases.totalMs,
          limitMs: log.start.overallLimitMs,
        },
        evidence: [tests.finalSubmit.t],
      };
    },
  },
];

export function feedback(facts: SessionFacts): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const found = rule.evaluate(facts, findings);
    if (found !== null) findings.push({ ruleId: rule.id, dimension: rule.dimension, ...found });
  }
  return findings;
}
