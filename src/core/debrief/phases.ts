import { PHASES } from '../../vocabulary/interview';
import type { Phase, SessionPhase } from '../../vocabulary/interview';
import { summarizeSession } from '../summary';
import { absences, eventsOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

/** 'not_reached': the session never spent time in the phase, which is not the same as rushing it. */
export type BudgetStanding = 'not_reached' | 'short' | 'within' | 'at_budget' | 'over';

export interface PhaseTime {
  phase: Phase;
  spentMs: number;
  budgetMs: number;
  /** spent / budget; 0 when the phase has no budget. */
  ratio: number;
  standing: BudgetStanding;
}

export interface ReturnToPhase {
  t: number;
  from: SessionPhase;
  to: SessionPhase;
  /** The verdict of the last run before going back, when there was one. */
  afterVerdict: string | null;
}

export interface PhaseReport {
  phases: PhaseTime[];
  totalMs: number;
  overallLimitMs: number;
  returns: ReturnToPhase[];
  /** Pauses the user chose, with their wall time (null if never resumed). */
  pauses: { t: number; wallMs: number | null }[];
  /** Time away the user did not choose: the editor closed or reloaded, the machine asleep. One per absence. */
  away: { t: number; wallMs: number | null }[];
}

/** Below a third of the budget the phase was rushed; within 10 % either side counts as on budget. */
function standingOf(ratio: number, spentMs: number): BudgetStanding {
  if (spentMs === 0) return 'not_reached';
  if (ratio > 1.1) return 'over';
  if (ratio >= 0.9) return 'at_budget';
  if (ratio < 1 / 3) return 'short';
  return 'within';
}

export function phaseReport(log: SessionLog): PhaseReport {
  // Time per phase is the engine's own figure (src/core/summary.ts), so the debrief and the engine agree.
  const summary = summarizeSession(log.events);
  const phases = PHASES.map((phase): PhaseTime => {
    const spentMs = summary.phases.find((p) => p.phase === phase)?.spentMs ?? 0;
    const budgetMs = log.start.budgets[phase];
    const ratio = budgetMs > 0 ? spentMs / budgetMs : 0;
    return { phase, spentMs, budgetMs, ratio, standing: standingOf(ratio, spentMs) };
  });

  const returns: ReturnToPhase[] = [];
  for (const change of eventsOf(log, 'phase_changed')) {
    if (change.direction !== 'back') continue;
    const before = log.attempts.filter((a) => a.t <= change.t);
    returns.push({ t: change.t, from: change.from, to: change.to, afterVerdict: before[before.length - 1]?.verdict ?? null });
  }

  const absent = absences(log);
  const pauses = absent.filter((a) => a.byUser).map((a) => ({ t: a.t, wallMs: a.wallMs }));
  const away = absent.filter((a) => !a.byUser).map((a) => ({ t: a.t, wallMs: a.wallMs }));

  return { phases, totalMs: log.endT, overallLimitMs: log.start.overallLimitMs, returns, pauses, away };
}
