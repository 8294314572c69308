/**
 * Every feedback sentence the debrief can say, each from one explicit rule over the session's facts.
 * A rule either finds its evidence in the log and returns a sentence citing it, or returns null: there is
 * no generic praise and no sentence without evidence. Rules run in this order; the last one reads the
 * findings before it, so a clean session gets one short sentence instead of silence.
 */
import type { SelfReviewDimension } from '../../vocabulary/interview';
import { formatClock, ordinal, plural } from './clock';
import { complexityName, measuredFactors } from './complexity';
import type { SessionFacts } from './facts';
import { codingStart, eventsOf, inputKind, isSolutionFailure } from './sessionLog';
import { solutionFailureWords } from './testResults';
import { list, times } from './wording';
import { relatesToClarification } from './clarifications';
import { verdictWords } from './timeline';

export type Tone = 'improve' | 'keep';

export interface Finding {
  ruleId: RuleId;
  dimension: SelfReviewDimension;
  tone: Tone;
  /** A short imperative heading ("Clarify before planning"). */
  title: string;
  sentence: string;
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
          title: 'Ask the key questions before coding',
          sentence:
            `Coding started at ${formatClock(codeFrom)}, before any question about ${c.id.replace(/-/g, ' ')}; ` +
            `the hidden tests labelled ${kind} then failed ${times(failedSubmits.length)}.`,
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
        title: 'Clarify before planning',
        sentence:
          `You asked ${clarifications.keyAsked} of ${clarifications.keyTotal} key questions; never asked: ` +
          `${missed.map((c) => `"${c.question}" (${c.answer})`).join('; ')}.`,
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
        title: 'Say the plan before coding',
        sentence: `Coding started at ${formatClock(codeFrom)} with no approach written in the plan.`,
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
        title: 'Check the plan against the constraints',
        sentence:
          `You planned ${complexity.stated}; the problem expects ${complexity.expected}.` +
          (timedOut > 0 ? ` The final submit then timed out on ${plural(timedOut, 'of the largest tests', 'of the largest tests')}.` : ''),
        evidence: [],
      };
    },
  },
  {
    id: 'max-size-tests-failed',
    dimension: 'problem_solving',
    evaluate({ complexity, tests, log }) {
      const failed = complexity.maxSizeTests.filter((t) => t.verdict !== 'accepted');
      const final = log.submits[log.submits.length - 1];
      // When nothing passed, the largest tests failed like every other one: not a question of scale.
      if (failed.length === 0 || tests.finalSubmit === null || (final !== undefined && isSolutionFailure(final))) return null;
      const verdicts = [...new Set(failed.map((t) => verdictWords(t.verdict)))];
      return {
        tone: 'improve',
        title: 'Make it scale to the largest inputs',
        sentence:
          `The final submit at ${formatClock(tests.finalSubmit.t)} failed ${failed.length} of ${complexity.maxSizeTests.length} ` +
          `largest hidden tests (${verdicts.join(', ')}): ${list(failed.map((t) => t.label))}.`,
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
      const sentence =
        m.relative.kind === 'timed_out'
          ? `Your final solution ran out of time on a generated input of size ${m.relative.size.toLocaleString('en-US')} ` +
            `that the reference solution finished in ${Math.round(m.relative.referenceMs)} ms; the problem expects ${complexity.expected}.`
          : `Measured growth of your final solution is about ${complexityName(m.growthRank)}${measuredFactors(m)}; the problem expects ${complexity.expected}.`;
      return { tone: 'improve', title: 'Your solution grows faster than it should', sentence, evidence: [m.t] };
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
        title: 'Run before you submit',
        sentence: `You submitted at ${formatClock(first.t)} without a single run before it.`,
        evidence: [first.t],
      };
    },
  },
  {
    id: 'no-own-test-before-submit',
    dimension: 'testing',
    evaluate({ log }) {
      const first = log.submits[0];
      if (first === undefined) return null;
      const ranOwn = log.runs.some((r) => r.t < first.t && r.tests.some((t) => t.source === 'custom'));
      if (ranOwn) return null;
      return {
        tone: 'improve',
        title: 'Test your own cases',
        sentence: 'You never ran your own test before submitting.',
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
        title: 'Test the boundaries',
        sentence:
          `${mutants.customTests === 0 ? 'Your tests' : `Your ${plural(mutants.customTests, 'test')}`} caught ${mutants.caught} of ${mutants.total} planted bugs. Missed: ` +
          `${mutants.missed.map((m) => `${m.bug} (${m.why})`).join('; ')}.`,
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
        title: 'Fix a failing kind of input once',
        sentence:
          `${worst.example ? worst.kind : `Hidden tests of ${worst.kind} input`} failed in ${worst.attempts} runs or submits while other tests passed, ` +
          `first at ${formatClock(worst.firstAt)} (${worst.verdicts.map(verdictWords).join(', ')}).`,
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
        title: 'Get the whole solution running first',
        sentence:
          `No test passed in ${failures.length} of ${plural(log.attempts.length, 'run or submit', 'runs and submits')} (${solutionFailureWords(failures)}): ` +
          'the whole solution failed there, not one kind of input.',
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
      const more = silences.length > 1 ? ` (${plural(silences.length, 'such stretch', 'such stretches')} in all)` : '';
      return {
        tone: 'improve',
        title: 'Think aloud while coding',
        sentence: `${longest.sentence.charAt(0).toUpperCase()}${longest.sentence.slice(1)}${more}.`,
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
        title: 'Keep phases within budget',
        sentence: `${list(over.map((p) => `${p.phase} took ${formatClock(p.spentMs)} against a ${formatClock(p.budgetMs)} budget`))}.`.replace(/^./, (c) => c.toUpperCase()),
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
        title: 'Reach the idea with fewer hints',
        sentence: `You revealed ${plural(hints.length, 'hint')}, at ${list(hints.map((h) => formatClock(h.t)))}.`,
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
        title: 'Finish with a working version',
        sentence:
          `You gave up at ${formatClock(gaveUp.t)} in the ${phase} phase` +
          (best === undefined
            ? ' without running the code.'
            : best.passed === 0
              ? `; no run or submit passed a test (${verdictWords(best.verdict)} at best).`
              : `; your best ${best.kind} (at ${formatClock(best.t)}) passed ${best.passed} of ${best.total} tests.`),
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
      const submitted = log.submits.length > 0;
      return {
        tone: 'improve',
        title: 'Leave time to submit',
        sentence: `Time ran out at ${formatClock(expired.t)}${submitted ? ' before an accepted submit' : ' before any submit'}.`,
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
        title: 'Going back to fix',
        sentence: `You went back from test to code at ${formatClock(fix.t)} after a failing run (${verdictWords(fix.afterVerdict ?? '')}) and then got accepted at ${formatClock(accepted.t)} — keep doing that.`,
        evidence: [fix.t, accepted.t],
      };
    },
  },
  {
    id: 'own-tests-before-first-submit',
    dimension: 'testing',
    evaluate({ log }) {
      const first = log.submits[0];
      if (first === undefined) return null;
      const ownRuns = log.runs.filter((r) => r.t < first.t && r.tests.some((t) => t.source === 'custom'));
      const firstOwn = ownRuns[0];
      if (firstOwn === undefined) return null;
      return {
        tone: 'keep',
        title: 'Own tests before submitting',
        sentence: `You ran your own tests ${times(ownRuns.length)} before the first submit (first at ${formatClock(firstOwn.t)}).`,
        evidence: ownRuns.map((r) => r.t),
      };
    },
  },
  {
    id: 'clean-session',
    dimension: 'problem_solving',
    evaluate({ log, tests, clarifications, phases }, earlier) {
      if (earlier.some((f) => f.tone === 'improve') || tests.acceptedOnSubmit === null || tests.finalSubmit === null) return null;
      const questions =
        clarifications.keyTotal > 0 ? `, ${clarifications.keyAsked} of ${clarifications.keyTotal} key questions asked` : '';
      return {
        tone: 'keep',
        title: 'Clean session',
        sentence:
          `Accepted on the ${ordinal(tests.acceptedOnSubmit)} submit at ${formatClock(tests.finalSubmit.t)}${questions}, ` +
          `${formatClock(phases.totalMs)} active against a ${formatClock(log.start.overallLimitMs)} limit.`,
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
