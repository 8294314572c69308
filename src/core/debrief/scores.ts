/**
 * Evidence scores on the rubric's five dimensions, 1–4, each with the reason read from the log, so the
 * candidate's self-review can be set beside what the session actually shows.
 */
import type { SelfReviewDimension } from '../events';
import { formatClock } from './clock';
import type { SessionFacts } from './facts';
import { eventsOf, lastEventOf } from './sessionLog';

export const DIMENSIONS: readonly SelfReviewDimension[] = [
  'problem_solving',
  'communication',
  'code_quality',
  'testing',
  'time_management',
];

export const DIMENSION_TITLES: Record<SelfReviewDimension, string> = {
  problem_solving: 'Problem solving',
  communication: 'Communication & clarification',
  code_quality: 'Code quality',
  testing: 'Testing & verification',
  time_management: 'Time management',
};

export interface EvidenceScore {
  dimension: SelfReviewDimension;
  score: 1 | 2 | 3 | 4;
  reason: string;
}

export interface SelfReview {
  scores: Record<SelfReviewDimension, number>;
  notes: string;
}

function clamp(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4;
}

function problemSolving({ log, complexity, tests }: SessionFacts): EvidenceScore {
  const hints = eventsOf(log, 'hint_revealed').length;
  if (tests.acceptedOnSubmit === null) {
    const outcome = log.outcome === null ? 'not finished' : log.outcome.replace('_', ' ');
    return { dimension: 'problem_solving', score: 1, reason: `no accepted submit (${outcome})` };
  }
  let score = 4;
  const reasons = [`accepted on submit ${tests.acceptedOnSubmit}`];
  if (complexity.comparison === 'slower' || complexity.meetsExpected === false) {
    score--;
    reasons.push('complexity missed the expected bound');
  }
  if (hints > 0) {
    score -= hints >= 2 ? 2 : 1;
    reasons.push(`${hints} hint${hints === 1 ? '' : 's'}`);
  }
  return { dimension: 'problem_solving', score: clamp(score), reason: reasons.join('; ') };
}

function communication({ clarifications, silences, log }: SessionFacts): EvidenceScore {
  const notes = eventsOf(log, 'note_added').length;
  let score: number;
  let reason: string;
  if (clarifications.coverage === null) {
    const asked = eventsOf(log, 'question_asked').filter((q) => q.reply !== 'small_talk').length;
    score = asked > 0 ? 3 : 2;
    reason = `${asked} question${asked === 1 ? '' : 's'} asked (no key questions in this problem)`;
  } else {
    const c = clarifications.coverage;
    score = c >= 0.8 ? 4 : c >= 0.5 ? 3 : c > 0 ? 2 : 1;
    reason = `${clarifications.keyAsked} of ${clarifications.keyTotal} key questions`;
  }
  if (silences.length > 0) {
    score--;
    reason += `; ${silences.length} silent stretch${silences.length === 1 ? '' : 'es'}`;
  }
  return { dimension: 'communication', score: clamp(score), reason: `${reason}; ${notes} note${notes === 1 ? '' : 's'}` };
}

/** The log cannot see style, only whether the code ran: crashes and compile errors along the way. */
function codeQuality({ log }: SessionFacts): EvidenceScore {
  const crashes = log.attempts.filter((a) => a.verdict === 'runtime_error' || a.verdict === 'compile_error').length;
  if (log.attempts.length === 0) return { dimension: 'code_quality', score: 1, reason: 'the code was never run' };
  const score = crashes === 0 ? 4 : crashes === 1 ? 3 : crashes <= 3 ? 2 : 1;
  return {
    dimension: 'code_quality',
    score,
    reason: `${crashes} of ${log.attempts.length} runs and submits ended in a runtime or compile error (style is not judged)`,
  };
}

function testing({ mutants, log, tests }: SessionFacts): EvidenceScore {
  if (mutants.measured && mutants.total > 0) {
    const share = mutants.caught / mutants.total;
    const score = share >= 0.75 ? 4 : share >= 0.5 ? 3 : share > 0 ? 2 : 1;
    return { dimension: 'testing', score, reason: `${mutants.caught} of ${mutants.total} planted bugs caught` };
  }
  const first = log.submits[0];
  const ownBefore = first === undefined ? tests.runsWithOwnTests : log.runs.filter((r) => r.t < first.t && r.tests.some((t) => t.source === 'custom')).length;
  const score = ownBefore >= 2 ? 3 : ownBefore === 1 ? 2 : 1;
  return { dimension: 'testing', score, reason: `${ownBefore} run${ownBefore === 1 ? '' : 's'} with your own tests before submitting` };
}

function timeManagement({ phases, log }: SessionFacts): EvidenceScore {
  const over = phases.phases.filter((p) => p.standing === 'over');
  const expired = log.outcome === 'expired';
  let score = 4 - over.length;
  if (expired) score = 1;
  const overall = `${formatClock(phases.totalMs)} of ${formatClock(phases.overallLimitMs)}`;
  const reason = expired
    ? `time ran out (${overall})`
    : over.length === 0
      ? `every phase within budget; ${overall}`
      : `${over.map((p) => p.phase).join(', ')} over budget; ${overall}`;
  return { dimension: 'time_management', score: clamp(score), reason };
}

export function evidenceScores(facts: SessionFacts): EvidenceScore[] {
  return [problemSolving(facts), communication(facts), codeQuality(facts), testing(facts), timeManagement(facts)];
}

export function selfReviewOf(facts: SessionFacts): SelfReview | null {
  const review = lastEventOf(facts.log, 'self_review');
  return review === undefined ? null : { scores: review.scores, notes: review.notes };
}
