import { PHASES } from '../../problems/types';
import type { Phase } from '../../problems/types';
import type { SessionPhase } from '../events';
import { summarizeSession } from '../summary';
import { eventsOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

export type BudgetStanding = 'short' | 'within' | 'at_budget' | 'over';

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
  pauses: { t: number; wallMs: number }[];
  breaks: { t: number; gapMs: number }[];
}

/** Below a third of the budget the phase was rushed; within 10 % either side counts as on budget. */
function standingOf(ratio: number): BudgetStanding {
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
    return { phase, spentMs, budgetMs, ratio, standing: standingOf(ratio) };
  });

  const returns: ReturnToPhase[] = [];
  for (const change of eventsOf(log, 'phase_changed')) {
    if (change.direction !== 'back') continue;
    const before = log.attempts.filter((a) => a.t <= change.t);
    returns.push({ t: change.t, from: change.from, to: change.to, afterVerdict: before[before.length - 1]?.verdict ?? null });
  }

  const pauses: PhaseReport['pauses'] = [];
  let pausedAt: { t: number; at: number } | null = null;
  for (const event of log.events) {
    if (event.type === 'paused') pausedAt = { t: event.t, at: event.at };
    if (event.type === 'resumed' && pausedAt !== null) {
      pauses.push({ t: pausedAt.t, wallMs: Math.max(0, event.at - pausedAt.at) });
      pausedAt = null;
    }
  }
  const breaks = eventsOf(log, 'break_detected').map((b) => ({ t: b.t, gapMs: b.gapMs }));

  return { phases, totalMs: log.endT, overallLimitMs: log.start.overallLimitMs, returns, pauses, breaks };
}
