/**
 * The session event format: one JSON object per line in a session's log file.
 *
 * Every event carries `at` (wall-clock epoch ms, for showing dates) and `t` (active-time position in ms
 * since the session started, derived from the monotonic clock and excluding pauses and breaks), so that
 * the debrief can put every event on the session's own timeline without re-deriving time.
 *
 * The format is versioned: `v` is written on every line; readers accept every version up to
 * EVENT_FORMAT_VERSION and upgrade older shapes in `upgradeEvent` (src/core/eventLog.ts).
 */
import type { ScalingPoint } from '../vocabulary/growth';
import type { Difficulty, Outcome, Phase, PhaseBudgets, SelfReviewDimension, SessionPhase, TestSource } from '../vocabulary/interview';
import type { EfficiencyReport, SourcePosition, Verdict } from '../vocabulary/verdicts';

export const EVENT_FORMAT_VERSION = 1;

import type { Language } from '../vocabulary/languages';

export type { Language };
export type Mode = 'strict' | 'practice';
export type PauseReason = 'user' | 'closed';
export type QuestionReply = 'small_talk' | 'ask_back';

export interface PlanSnapshot {
  approach: string;
  dataStructures: string;
  timeComplexity: string;
  spaceComplexity: string;
  edgeCases: string;
  alternative: string;
  tradeoff: string;
}

export interface RunTestSummary {
  id: string;
  label: string;
  source: TestSource;
  verdict: Verdict;
  timeMs: number;
  /**
   * Runs only (optional, added in v1): what the candidate saw for each example and own test, each
   * clipped to RUN_DETAIL_MAX_CHARS, so the panel shows the last Run again after a window reload.
   */
  details?: RunTestDetails;
}

export interface RunTestDetails {
  input?: string;
  expected?: string;
  actual?: string;
  message?: string;
  console?: string;
  position?: SourcePosition;
}

/** Bounds what one test adds to the log; the live panel still shows the full values. */
export const RUN_DETAIL_MAX_CHARS = 2_000;

interface EventBase {
  v: number;
  /** Sequence number within the session, from 0. */
  seq: number;
  /** Wall-clock epoch milliseconds. */
  at: number;
  /** Active milliseconds since the session started. */
  t: number;
}

/** What a session is set up with, as its first event records it and its state keeps it. */
export interface SessionSetup {
  sessionId: string;
  problemId: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  language: Language;
  mode: Mode;
  /** Milliseconds per phase. */
  budgets: Record<Phase, number>;
  overallLimitMs: number;
}

export type EventPayload =
  | ({ type: 'session_started' } & SessionSetup)
  | { type: 'phase_changed'; from: SessionPhase; to: SessionPhase; direction: 'forward' | 'back'; overridden: string[] }
  /**
   * `reply` (added in v1, optional; absent means the bank answered or the neutral reply was given):
   * 'small_talk' when the interviewer steered back to the problem (not counted as a question), 'ask_back'
   * when it asked which of `choices` (clarification ids) was meant.
   */
  | { type: 'question_asked'; text: string; clarificationId: string | null; answer: string; reply?: QuestionReply; choices?: string[] }
  /** The candidate's pick after an ask-back (`questionSeq` is that question's seq); null clarificationId for "Neither". */
  | { type: 'clarification_chosen'; questionSeq: number; clarificationId: string | null; answer: string }
  | { type: 'no_questions'; }
  | { type: 'assumption_set'; id: string; text: string }
  | { type: 'assumption_removed'; id: string }
  | { type: 'plan_updated'; plan: PlanSnapshot }
  | { type: 'note_added'; text: string }
  | { type: 'solution_opened'; path: string }
  | { type: 'edit_summary'; added: number; removed: number; bursts: number }
  | { type: 'run_completed'; verdict: Verdict; passed: number; total: number; tests: RunTestSummary[] }
  | { type: 'custom_test_saved'; id: string; args: string; expected: string | null }
  | { type: 'custom_test_removed'; id: string }
  | { type: 'hint_revealed'; index: number; text: string }
  /** `reason` (added in v1, optional): 'closed' when the editor closed the session rather than the user. */
  | { type: 'paused'; reason?: PauseReason }
  | { type: 'resumed' }
  /** Wall-clock time passed without monotonic time passing, or the editor was closed: not work. */
  | { type: 'break_detected'; gapMs: number }
  | { type: 'focus_changed'; focused: boolean }
  | { type: 'idle'; durationMs: number }
  /** `efficiency` (added in v1, optional): the efficiency tier's verdict after an accepted Submit, on problems with a tier. */
  | { type: 'submitted'; verdict: Verdict; passed: number; total: number; tests: RunTestSummary[]; efficiency?: EfficiencyReport }
  | { type: 'gave_up' }
  | { type: 'time_expired' }
  | { type: 'followup_answered'; question: string; answer: string }
  | { type: 'self_review'; scores: Record<SelfReviewDimension, number>; notes: string }
  | { type: 'scaling_measured'; points: ScalingPoint[]; growth: string }
  | { type: 'mutants_measured'; caught: string[]; missed: string[] }
  | { type: 'session_ended'; outcome: Outcome };

export type SessionEvent = EventBase & EventPayload;
export type EventType = EventPayload['type'];

export const DEFAULT_BUDGETS_MINUTES: Record<Difficulty, PhaseBudgets> = {
  easy: { clarify: 3, plan: 5, code: 12, test: 5 },
  medium: { clarify: 5, plan: 7, code: 20, test: 8 },
  hard: { clarify: 7, plan: 10, code: 28, test: 10 },
};
