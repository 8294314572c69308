/**
 * Evidence scores on the rubric's five dimensions, 1–4, each with the reason read from the log, so the
 * candidate's self-review can be set beside what the session actually shows. Reasons and evidence are
 * ids with figures (scoreMessages.ts); src/ui/debrief/scoreWords.ts words them and the dimensions' titles.
 */
import type { SelfReviewDimension } from '../../vocabulary/interview';
import type { SessionFacts } from './facts';
import type { ScoreEvidence, ScoreReason, SessionEnd, TimeUsed } from './scoreMessages';
import { eventsOf, lastEventOf } from './sessionLog';
import type { Attempt } from './sessionLog';
import { failureDetail } from './timeline';

export interface EvidenceScore {
  dimension: SelfReviewDimension;
  /** Null when the session shows nothing this dimension can be judged on: "not enough evidence". */
  score: 1 | 2 | 3 | 4 | null;
  reason: ScoreReason;
  /** The events the score rests on, each with its time in the session. */
  evidence: ScoreEvidence[];
}

export interface SelfReview {
  scores: Record<SelfReviewDimension, number>;
  notes: string;
}

function clamp(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4;
}

function noEvidence(dimension: SelfReviewDimension, reason: ScoreReason): EvidenceScore {
  return { dimension, score: null, reason, evidence: [] };
}

function sessionEnd(log: SessionFacts['log']): SessionEnd {
  const last = log.events.find((e) => e.type === 'gave_up' || e.type === 'time_expired' || e.type === 'session_ended');
  return { outcome: log.outcome, at: last?.t ?? null };
}

function attemptEvidence(a: Attempt, best = false): ScoreEvidence {
  return { id: 'attempt', best, kind: a.kind, t: a.t, passed: a.passed, total: a.total, failure: failureDetail(a) };
}

/** Solving shows in an accepted submit, in tests passed, or at least in a plan; giving up in clarify shows none. */
function problemSolving({ log, complexity, tests }: SessionFacts): EvidenceScore {
  const hints = eventsOf(log, 'hint_revealed');
  const hintEvidence = hints.map((h): ScoreEvidence => ({ id: 'hint', t: h.t, number: h.index + 1 }));
  const approach = lastEventOf(log, 'plan_updated')?.plan.approach.trim() ?? '';
  if (tests.acceptedOnSubmit === null) {
    const best = [...log.attempts].sort((a, b) => b.passed / Math.max(1, b.total) - a.passed / Math.max(1, a.total))[0];
    if (best === undefined && approach === '') {
      return noEvidence('problem_solving', { id: 'no_plan_no_code', end: sessionEnd(log) });
    }
    const evidence: ScoreEvidence[] = [...(best === undefined ? [] : [attemptEvidence(best, true)]), ...(approach === '' ? [] : [{ id: 'plan' as const, approach }]), ...hintEvidence];
    const half = best !== undefined && best.total > 0 && best.passed * 2 >= best.total;
    return {
      dimension: 'problem_solving',
      score: half ? 2 : 1,
      reason: { id: 'not_accepted', end: sessionEnd(log), best: best === undefined ? null : { passed: best.passed, total: best.total } },
      evidence,
    };
  }
  let score = 4;
  const evidence: ScoreEvidence[] = [{ id: 'submit_accepted', t: log.submits[tests.acceptedOnSubmit - 1]?.t ?? 0 }];
  const missedComplexity = complexity.comparison === 'slower' || complexity.meetsExpected === false;
  if (missedComplexity) {
    score--;
    if (complexity.comparison === 'slower') evidence.push({ id: 'planned_vs_expected', stated: complexity.stated ?? '', expected: complexity.expected ?? '' });
    if (complexity.meetsExpected === false) evidence.push({ id: 'largest_test_failed' });
  }
  if (hints.length > 0) score -= hints.length >= 2 ? 2 : 1;
  const reason: ScoreReason = { id: 'accepted', onSubmit: tests.acceptedOnSubmit, missedComplexity, hints: hints.length };
  return { dimension: 'problem_solving', score: clamp(score), reason, evidence: [...evidence, ...hintEvidence] };
}

/** Communication shows in questions, assumptions and notes, and in skipping the key questions before moving on. */
function communication({ clarifications, silences, log }: SessionFacts): EvidenceScore {
  // Small talk steered back to the problem is not a question about it.
  const questions = eventsOf(log, 'question_asked').filter((q) => q.reply !== 'small_talk');
  const notes = eventsOf(log, 'note_added');
  const assumptions = eventsOf(log, 'assumption_set');
  const leftClarify = eventsOf(log, 'phase_changed').some((p) => p.from === 'clarify' && p.to !== 'done');
  const evidence: ScoreEvidence[] = [
    ...questions.map((q): ScoreEvidence => ({ id: 'asked', t: q.t, text: q.text })),
    ...assumptions.map((a): ScoreEvidence => ({ id: 'assumed', t: a.t, text: a.text })),
    ...notes.map((n): ScoreEvidence => ({ id: 'note', t: n.t })),
    ...silences.map((s): ScoreEvidence => ({ id: 'silent', from: s.from, to: s.to })),
  ];
  const spoke = questions.length + notes.length + assumptions.length;
  let score: number;
  let keyQuestions: { asked: number; total: number } | null = null;
  if (clarifications.coverage === null) {
    if (spoke === 0 && silences.length === 0) return noEvidence('communication', { id: 'nothing_said_no_key_questions' });
    score = spoke > 0 ? 3 : 2;
  } else {
    if (!leftClarify && questions.length === 0) return noEvidence('communication', { id: 'ended_in_clarify', end: sessionEnd(log) });
    const c = clarifications.coverage;
    score = c >= 0.8 ? 4 : c >= 0.5 ? 3 : c > 0 ? 2 : 1;
    keyQuestions = { asked: clarifications.keyAsked, total: clarifications.keyTotal };
  }
  if (silences.length > 0) score--;
  const reason: ScoreReason = { id: 'communication', keyQuestions, questions: questions.length, silences: silences.length, notes: notes.length };
  return { dimension: 'communication', score: clamp(score), reason, evidence };
}

/**
 * The log cannot see style, only whether the code ran: crashes and compile errors along the way. An
 * attempt shows the code ran only when a test finished with an answer; no error because nothing ran,
 * or because every test timed out, is not evidence of clean code.
 */
function codeQuality({ log }: SessionFacts): EvidenceScore {
  const crashed = (a: Attempt): boolean => a.tests.some((t) => t.verdict === 'runtime_error' || t.verdict === 'compile_error');
  const answered = (a: Attempt): boolean => a.tests.some((t) => t.verdict === 'accepted' || t.verdict === 'wrong_answer');
  const telling = log.attempts.filter((a) => crashed(a) || answered(a));
  if (telling.length === 0) {
    return noEvidence('code_quality', log.attempts.length === 0 ? { id: 'never_ran' } : { id: 'every_test_timed_out', attempts: log.attempts.length });
  }
  const crashes = telling.filter(crashed);
  const last = telling[telling.length - 1];
  const fixed = last !== undefined && !crashed(last);
  const score = crashes.length === 0 ? 4 : fixed ? (crashes.length === 1 ? 3 : 2) : 1;
  const reason: ScoreReason = { id: 'crashes', crashes: crashes.length, attempts: telling.length, fixed };
  return { dimension: 'code_quality', score, reason, evidence: telling.map((a) => attemptEvidence(a)) };
}

/** Testing shows in planted bugs caught, or in own tests run; ending before testing or submitting shows none. */
function testing({ mutants, log, tests }: SessionFacts): EvidenceScore {
  if (mutants.measured && mutants.total > 0) {
    const share = mutants.caught / mutants.total;
    const score = share >= 0.75 ? 4 : share >= 0.5 ? 3 : share > 0 ? 2 : 1;
    const evidence = mutants.missed.map((m): ScoreEvidence => ({ id: 'missed_bug', bug: m.bug }));
    return { dimension: 'testing', score, reason: { id: 'planted_bugs', caught: mutants.caught, total: mutants.total }, evidence };
  }
  const first = log.submits[0];
  const ownRuns = log.runs.filter((r) => (first === undefined || r.t < first.t) && r.tests.some((t) => t.source === 'custom'));
  const evidence = ownRuns.map((r): ScoreEvidence => ({ id: 'own_tests_run', t: r.t }));
  const enteredTest = eventsOf(log, 'phase_changed').some((p) => p.to === 'test');
  if (first === undefined) {
    if (ownRuns.length === 0 && !enteredTest) return noEvidence('testing', { id: 'no_submit_no_own_test', end: sessionEnd(log) });
    const score = ownRuns.length >= 2 ? 3 : ownRuns.length === 1 ? 2 : 1;
    return { dimension: 'testing', score, reason: { id: 'own_tests_never_submitted', runs: tests.runsWithOwnTests }, evidence };
  }
  const score = ownRuns.length >= 2 ? 3 : ownRuns.length === 1 ? 2 : 1;
  const reason: ScoreReason = { id: 'own_tests_before_submit', runs: ownRuns.length, firstSubmitAt: first.t };
  return { dimension: 'testing', score, reason, evidence: [...evidence, { id: 'first_submit', t: first.t }] };
}

/** Time is managed well only towards an end: phases within budget say little when the candidate gave up. */
function timeManagement({ phases, log }: SessionFacts): EvidenceScore {
  const time: TimeUsed = { usedMs: phases.totalMs, limitMs: phases.overallLimitMs };
  const over = phases.phases.filter((p) => p.standing === 'over');
  const evidence = over.map((p): ScoreEvidence => ({ id: 'over_budget', phase: p.phase, spentMs: p.spentMs, budgetMs: p.budgetMs }));
  if (log.outcome === 'expired') return { dimension: 'time_management', score: 1, reason: { id: 'time_ran_out', time }, evidence };
  if (log.outcome !== 'accepted' && log.outcome !== 'rejected') {
    if (over.length === 0) return noEvidence('time_management', { id: 'no_finish_to_pace', end: sessionEnd(log), time });
    const reason: ScoreReason = { id: 'over_budget_unfinished', phases: over.map((p) => p.phase), end: sessionEnd(log), time };
    return { dimension: 'time_management', score: clamp(4 - over.length - 1), reason, evidence };
  }
  const score = clamp(4 - over.length);
  const reason: ScoreReason = { id: 'paced', phases: over.map((p) => p.phase), time };
  return { dimension: 'time_management', score, reason, evidence: [...evidence, { id: 'final_submit', t: log.submits[log.submits.length - 1]?.t ?? 0 }] };
}

export function evidenceScores(facts: SessionFacts): EvidenceScore[] {
  return [problemSolving(facts), communication(facts), codeQuality(facts), testing(facts), timeManagement(facts)];
}

export function selfReviewOf(facts: SessionFacts): SelfReview | null {
  const review = lastEventOf(facts.log, 'self_review');
  return review === undefined ? null : { scores: review.scores, notes: review.notes };
}
