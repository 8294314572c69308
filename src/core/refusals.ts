/**
 * Why the engine refused an action, as an id with its arguments rather than a sentence: the editor words
 * it in the display language (src/ui/refusalWords.ts, through l10n), and core stays free of wording.
 */
import type { Phase, SessionPhase } from '../vocabulary/interview';

export type Refusal =
  | { id: 'session_closed' }
  | { id: 'interview_ended' }
  | { id: 'confirm_move_on' }
  | { id: 'confirm_submit' }
  | { id: 'question_empty' }
  | { id: 'ask_back_needs_choice' }
  | { id: 'not_asked_back' }
  | { id: 'already_settled' }
  | { id: 'assumption_empty' }
  | { id: 'note_empty' }
  | { id: 'runs_in_code_and_test' }
  | { id: 'custom_test_needs_id' }
  | { id: 'hints_off_in_strict' }
  | { id: 'invalid_hint_index' }
  | { id: 'no_pause_in_strict' }
  | { id: 'already_paused' }
  | { id: 'not_paused' }
  | { id: 'submit_to_finish' }
  | { id: 'no_earlier_phase' }
  | { id: 'not_a_choice'; clarificationId: string }
  | { id: 'no_assumption'; assumptionId: string }
  | { id: 'no_custom_test'; testId: string }
  | { id: 'submit_from_code_or_test'; from: SessionPhase }
  | { id: 'one_step_at_a_time'; from: SessionPhase; to: SessionPhase }
  /** `unmet`: the unmet criteria's labels, as the stepper shows them. */
  | { id: 'strict_unmet'; from: Phase; unmet: string[] }
  /** A refusal the editor side already worded (a custom test it could not read, say). */
  | { id: 'worded'; text: string };
