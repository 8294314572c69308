/**
 * Why an evidence score is what it is, and the events it rests on, as ids with their figures: the
 * wording layer (src/ui/debrief/scoreWords.ts) words them. Times are active ms from the session's start.
 */
import type { Outcome, Phase } from '../../vocabulary/interview';
import type { FailureDetail } from './timeline';

/** How the session ended, for "gave up at 20:00"; `at` is null when the log has no ending event. */
export interface SessionEnd {
  outcome: Outcome | null;
  at: number | null;
}

/** Active time used against the session's limit: "32:00 of 25:00 used". */
export interface TimeUsed {
  usedMs: number;
  limitMs: number;
}

/** The reasons of a null score ("not enough evidence") and of a score, per dimension. */
export type ScoreReason =
  | { id: 'no_plan_no_code'; end: SessionEnd }
  | { id: 'not_accepted'; end: SessionEnd; best: { passed: number; total: number } | null }
  | { id: 'accepted'; onSubmit: number; missedComplexity: boolean; hints: number }
  | { id: 'nothing_said_no_key_questions' }
  | { id: 'ended_in_clarify'; end: SessionEnd }
  /** `keyQuestions`: null when the problem has none, and the questions asked are counted instead. */
  | { id: 'communication'; keyQuestions: { asked: number; total: number } | null; questions: number; silences: number; notes: number }
  | { id: 'never_ran' }
  | { id: 'every_test_timed_out'; attempts: number }
  | { id: 'crashes'; crashes: number; attempts: number; fixed: boolean }
  | { id: 'planted_bugs'; caught: number; total: number }
  | { id: 'no_submit_no_own_test'; end: SessionEnd }
  | { id: 'own_tests_never_submitted'; runs: number }
  | { id: 'own_tests_before_submit'; runs: number; firstSubmitAt: number }
  | { id: 'time_ran_out'; time: TimeUsed }
  | { id: 'no_finish_to_pace'; end: SessionEnd; time: TimeUsed }
  | { id: 'over_budget_unfinished'; phases: Phase[]; end: SessionEnd; time: TimeUsed }
  /** `phases`: those over budget; none means every phase was within it. */
  | { id: 'paced'; phases: Phase[]; time: TimeUsed };

/** One event a score rests on. */
export type ScoreEvidence =
  /** `best`: the attempt is the best one, cited for a session that was not accepted. */
  | { id: 'attempt'; best: boolean; kind: 'run' | 'submit'; t: number; passed: number; total: number; failure: FailureDetail | null }
  | { id: 'plan'; approach: string }
  | { id: 'hint'; t: number; number: number }
  | { id: 'submit_accepted'; t: number }
  | { id: 'planned_vs_expected'; stated: string; expected: string }
  | { id: 'largest_test_failed' }
  | { id: 'asked'; t: number; text: string }
  | { id: 'assumed'; t: number; text: string }
  | { id: 'note'; t: number }
  | { id: 'silent'; from: number; to: number }
  | { id: 'missed_bug'; bug: string }
  | { id: 'own_tests_run'; t: number }
  | { id: 'first_submit'; t: number }
  | { id: 'over_budget'; phase: Phase; spentMs: number; budgetMs: number }
  | { id: 'final_submit'; t: number };
