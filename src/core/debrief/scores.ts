/**
 * Evidence scores on the rubric's five dimensions, 1–4, each with the reason read from the log, so the
 * candidate's self-review can be set beside what the session actually shows.
 */
import type { SelfReviewDimension } from '../../vocabulary/interview';
import { formatClock, plural } from './clock';
import type { SessionFacts } from './facts';
import { eventsOf, lastEventOf } from './sessionLog';
import type { Attempt } from './sessionLog';
import { failureDetail } from './timeline';
import type { FailureDetail } from './timeline';
import { list, verdictWords } from './wording';

export const DIMENSION_TITLES: Record<SelfReviewDimension, string> = {
  problem_solving: 'Problem solving',
  communication: 'Communication & clarification',
  code_quality: 'Code quality',
  testing: 'Testing & verification',
  time_management: 'Time management',
};

export interface EvidenceScore {
  dimension: SelfReviewDimension;
  /** Null when the session shows nothing this dimension can be judged on: "not enough evidence". */
  score: 1 | 2 | 3 | 4 | null;
  reason: string;
  /** The events the score rests on, each with its time in the session. */
  evidence: string[];
}

export interface SelfReview {
  scores: Record<SelfReviewDimension, number>;
  notes: string;
}

function clamp(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4;
}

function noEvidence(dimension: SelfReviewDimension, why: string): EvidenceScore {
  return { dimension, score: null, reason: `not enough evidence: ${why}`, evidence: [] };
}

function endWords(log: SessionFacts['log']): string {
  if (log.outcome === null) return 'the session is not finished';
  const last = log.events.find((e) => e.type === 'gave_up' || e.type === 'time_expired' || e.type === 'session_ended');
  const at = last === undefined ? '' : ` at ${formatClock(last.t)}`;
  return log.outcome === 'gave_up' ? `gave up${at}` : log.outcome === 'expired' ? `time ran out${at}` : `${log.outcome}${at}`;
}

function failureText(d: FailureDetail): string {
  if (d.kind === 'whole_solution') return `no test passed: ${d.verdicts.map(verdictWords).join(', ')}${d.notRun > 0 ? `; the run stopped there, ${d.notRun} not run` : ''}`;
  return `failed: ${d.failed.map((f) => (f.count > 1 ? `${f.name} ×${f.count}` : f.name)).join(', ')}`;
}

function attemptWords(a: Attempt): string {
  const detail = failureDetail(a);
  return `${formatClock(a.t)} ${a.kind}: ${a.passed} of ${a.total} passed${detail === null ? '' : ` (${failureText(detail)})`}`;
}

/** Solving shows in an accepted submit, in tests passed, or at least in a plan; giving up in clarify shows none. */
function problemSolving({ log, complexity, tests }: SessionFacts): EvidenceScore {
  const hints = eventsOf(log, 'hint_revealed');
  const hintWords = hints.map((h) => `${formatClock(h.t)} hint ${h.index + 1} revealed`);
  const approach = lastEventOf(log, 'plan_updated')?.plan.approach.trim() ?? '';
  if (tests.acceptedOnSubmit === null) {
    const best = [...log.attempts].sort((a, b) => b.passed / Math.max(1, b.total) - a.passed / Math.max(1, a.total))[0];
    if (best === undefined && approach === '') {
      return noEvidence('problem_solving', `no plan and no code ran (${endWords(log)})`);
    }
    const evidence = [...(best === undefined ? [] : [`best ${attemptWords(best)}`]), ...(approach === '' ? [] : [`plan: "${approach}"`]), ...hintWords];
    const half = best !== undefined && best.total > 0 && best.passed * 2 >= best.total;
    return {
      dimension: 'problem_solving',
      score: half ? 2 : 1,
      reason: `not accepted (${endWords(log)})${best === undefined ? '; no code ran' : `; at best ${best.passed} of ${best.total} tests passed`}`,
      evidence,
    };
  }
  let score = 4;
  const reasons = [`accepted on submit ${tests.acceptedOnSubmit}`];
  const evidence = [`${formatClock(log.submits[tests.acceptedOnSubmit - 1]?.t ?? 0)} submit accepted`];
  if (complexity.comparison === 'slower' || complexity.meetsExpected === false) {
    score--;
    reasons.push('complexity missed the expected bound');
    if (complexity.comparison === 'slower') evidence.push(`planned ${complexity.stated ?? ''}, expected ${complexity.expected ?? ''}`);
    if (complexity.meetsExpected === false) evidence.push('a largest hidden test failed on the last submit');
  }
  if (hints.length > 0) {
    score -= hints.length >= 2 ? 2 : 1;
    reasons.push(plural(hints.length, 'hint'));
  }
  return { dimension: 'problem_solving', score: clamp(score), reason: reasons.join('; '), evidence: [...evidence, ...hintWords] };
}

/** Communication shows in questions, assumptions and notes, and in skipping the key questions before moving on. */
function communication({ clarifications, silences, log }: SessionFacts): EvidenceScore {
  // Small talk steered back to the problem is not a question about it.
  const questions = eventsOf(log, 'question_asked').filter((q) => q.reply !== 'small_talk');
  const notes = eventsOf(log, 'note_added');
  const assumptions = eventsOf(log, 'assumption_set');
  const leftClarify = eventsOf(log, 'phase_changed').some((p) => p.from === 'clarify' && p.to !== 'done');
  const evidence = [
    ...questions.map((q) => `${formatClock(q.t)} asked "${q.text}"`),
    ...assumptions.map((a) => `${formatClock(a.t)} assumed "${a.text}"`),
    ...notes.map((n) => `${formatClock(n.t)} note`),
    ...silences.map((s) => `${formatClock(s.from)}–${formatClock(s.to)} silent coding`),
  ];
  const spoke = questions.length + notes.length + assumptions.length;
  let score: number;
  let reason: string;
  if (clarifications.coverage === null) {
    if (spoke === 0 && silences.length === 0) return noEvidence('communication', 'no question, assumption or note, and this problem has no key questions');
    score = spoke > 0 ? 3 : 2;
    reason = `${plural(questions.length, 'question')} asked (this problem has no key questions)`;
  } else {
    if (!leftClarify && questions.length === 0) return noEvidence('communication', `the session ended in clarify (${endWords(log)}) before any question`);
    const c = clarifications.coverage;
    score = c >= 0.8 ? 4 : c >= 0.5 ? 3 : c > 0 ? 2 : 1;
    reason = `${clarifications.keyAsked} of ${clarifications.keyTotal} key questions asked`;
  }
  if (silences.length > 0) {
    score--;
    reason += `; ${plural(silences.length, 'silent stretch', 'silent stretches')}`;
  }
  return { dimension: 'communication', score: clamp(score), reason: `${reason}; ${plural(notes.length, 'note')}`, evidence };
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
    return noEvidence('code_quality', log.attempts.length === 0 ? 'the code was never run' : `no test finished in ${plural(log.attempts.length, 'run or submit', 'runs and submits')} (every test that ran timed out)`);
  }
  const crashes = telling.filter(crashed);
  const last = telling[telling.length - 1];
  const fixed = last !== undefined && !crashed(last);
  const score = crashes.length === 0 ? 4 : fixed ? (crashes.length === 1 ? 3 : 2) : 1;
  const reason =
    `${crashes.length} of ${plural(telling.length, 'run or submit', 'runs and submits')} that reached the tests ended in a runtime or compile error` +
    (crashes.length > 0 ? (fixed ? '; the last one ran without error' : '; the last one still did') : '') +
    ' (style is not judged)';
  return { dimension: 'code_quality', score, reason, evidence: telling.map(attemptWords) };
}

/** Testing shows in planted bugs caught, or in own tests run; ending before testing or submitting shows none. */
function testing({ mutants, log, tests }: SessionFacts): EvidenceScore {
  if (mutants.measured && mutants.total > 0) {
    const share = mutants.caught / mutants.total;
    const score = share >= 0.75 ? 4 : share >= 0.5 ? 3 : share > 0 ? 2 : 1;
    return { dimension: 'testing', score, reason: `${mutants.caught} of ${mutants.total} planted bugs caught`, evidence: mutants.missed.map((m) => `missed: ${m.bug}`) };
  }
  const first = log.submits[0];
  const ownRuns = log.runs.filter((r) => (first === undefined || r.t < first.t) && r.tests.some((t) => t.source === 'custom'));
  const evidence = ownRuns.map((r) => `${formatClock(r.t)} run with your own tests`);
  const enteredTest = eventsOf(log, 'phase_changed').some((p) => p.to === 'test');
  if (first === undefined) {
    if (ownRuns.length === 0 && !enteredTest) return noEvidence('testing', `no submit and no own test before the session ended (${endWords(log)})`);
    const score = ownRuns.length >= 2 ? 3 : ownRuns.length === 1 ? 2 : 1;
    return { dimension: 'testing', score, reason: `${plural(tests.runsWithOwnTests, 'run')} with your own tests; never submitted`, evidence };
  }
  const score = ownRuns.length >= 2 ? 3 : ownRuns.length === 1 ? 2 : 1;
  return { dimension: 'testing', score, reason: `${plural(ownRuns.length, 'run')} with your own tests before the first submit at ${formatClock(first.t)}`, evidence: [...evidence, `${formatClock(first.t)} first submit`] };
}

/** Time is managed well only towards an end: phases within budget say little when the candidate gave up. */
function timeManagement({ phases, log }: SessionFacts): EvidenceScore {
  const overall = `${formatClock(phases.totalMs)} of ${formatClock(phases.overallLimitMs)} used`;
  const over = phases.phases.filter((p) => p.standing === 'over');
  const evidence = over.map((p) => `${p.phase}: ${formatClock(p.spentMs)} against ${formatClock(p.budgetMs)}`);
  if (log.outcome === 'expired') return { dimension: 'time_management', score: 1, reason: `time ran out before an accepted submit (${overall})`, evidence };
  if (log.outcome !== 'accepted' && log.outcome !== 'rejected') {
    if (over.length === 0) return noEvidence('time_management', `${endWords(log)}, so there was no finish to pace towards (${overall})`);
    return { dimension: 'time_management', score: clamp(4 - over.length - 1), reason: `${list(over.map((p) => p.phase))} over budget before ${endWords(log)}; ${overall}`, evidence };
  }
  const score = clamp(4 - over.length);
  const reason = over.length === 0 ? `submitted with every phase within budget; ${overall}` : `${list(over.map((p) => p.phase))} over budget; ${overall}`;
  return { dimension: 'time_management', score, reason, evidence: [...evidence, `${formatClock(log.submits[log.submits.length - 1]?.t ?? 0)} final submit`] };
}

export function evidenceScores(facts: SessionFacts): EvidenceScore[] {
  return [problemSolving(facts), communication(facts), codeQuality(facts), testing(facts), timeManagement(facts)];
}

export function selfReviewOf(facts: SessionFacts): SelfReview | null {
  const review = lastEventOf(facts.log, 'self_review');
  return review === undefined ? null : { scores: review.scores, notes: review.notes };
}
