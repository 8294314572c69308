/**
 * Which phase moves are allowed, and on what terms. Pure, so the UI can ask before acting and the
 * session can enforce the same answer when it acts.
 */
import type { Phase, SessionPhase } from '../vocabulary/interview';
import { PHASES } from '../vocabulary/interview';
import { criteriaFor, type CriterionStatus } from './criteria';
import type { SessionState } from './state';
import type { Refusal } from './refusals';

export type TransitionCheck =
  | {
      allowed: true;
      from: Phase;
      to: SessionPhase;
      direction: 'forward' | 'back';
      /** Criteria not met; in practice mode moving on records them as overridden. */
      unmet: CriterionStatus[];
      needsOverride: boolean;
    }
  | { allowed: false; refusal: Refusal; unmet: CriterionStatus[] };

/** Phases from which a solution may be submitted. */
export const SUBMIT_PHASES: readonly Phase[] = ['code', 'test'];

function refuse(refusal: Refusal, unmet: CriterionStatus[] = []): TransitionCheck {
  return { allowed: false, refusal, unmet };
}

/** Unmet criteria of every phase from `from` up to (not including) `to`, in phase order. */
function unmetBetween(state: SessionState, from: Phase, to: SessionPhase): CriterionStatus[] {
  const start = PHASES.indexOf(from);
  const end = to === 'done' ? PHASES.length : PHASES.indexOf(to);
  return PHASES.slice(start, end).flatMap((phase) => criteriaFor(state, phase).filter((c) => !c.met));
}

export function checkTransition(state: SessionState, to: SessionPhase): TransitionCheck {
  const from = state.phase;
  if (from === 'done') return refuse({ id: 'interview_ended' });
  const fromIndex = PHASES.indexOf(from);
  if (to === 'done') {
    if (!SUBMIT_PHASES.includes(from)) return refuse({ id: 'submit_from_code_or_test', from });
  } else {
    const toIndex = PHASES.indexOf(to);
    if (toIndex === fromIndex - 1) {
      return { allowed: true, from, to, direction: 'back', unmet: [], needsOverride: false };
    }
    if (toIndex !== fromIndex + 1) return refuse({ id: 'one_step_at_a_time', from, to });
  }
  const unmet = unmetBetween(state, from, to);
  if (unmet.length > 0 && state.mode === 'strict') {
    return refuse({ id: 'strict_unmet', from, unmet: unmet.map((c) => c.label) }, unmet);
  }
  return { allowed: true, from, to, direction: 'forward', unmet, needsOverride: unmet.length > 0 };
}

export function nextPhase(phase: SessionPhase): SessionPhase | null {
  if (phase === 'done') return null;
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

export function previousPhase(phase: SessionPhase): Phase | null {
  if (phase === 'done') return null;
  return PHASES[PHASES.indexOf(phase) - 1] ?? null;
}
