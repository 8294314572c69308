/**
 * Time budgets: where they come from, and which thresholds a stretch of active time crossed. Crossings
 * are computed between two snapshots rather than remembered as flags, so each threshold is reported
 * exactly once even across a reload (a resumed session starts its first snapshot where the log ended).
 */
import type { Difficulty, Phase, PhaseBudgets } from '../vocabulary/interview';
import { PHASES } from '../vocabulary/interview';
import { DEFAULT_BUDGETS_MINUTES } from './events';

export const BUDGET_THRESHOLDS = [80, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

/** Per-difficulty overrides from the user's settings (onsite.budgets.easy, …). */
export type BudgetSettings = Partial<Record<Difficulty, Partial<PhaseBudgets>>>;

const MINUTE_MS = 60_000;

/** Defaults by difficulty, then the user's settings, then the problem's own budgets (the manifest's order). */
export function resolveBudgetMinutes(
  difficulty: Difficulty,
  settings: BudgetSettings = {},
  problemBudgets: Partial<PhaseBudgets> = {},
): PhaseBudgets {
  const resolved = { ...DEFAULT_BUDGETS_MINUTES[difficulty] };
  for (const layer of [settings[difficulty] ?? {}, problemBudgets]) {
    for (const phase of PHASES) {
      const minutes = layer[phase];
      if (minutes !== undefined && Number.isFinite(minutes) && minutes > 0) resolved[phase] = minutes;
    }
  }
  return resolved;
}

export function budgetsToMs(minutes: PhaseBudgets): Record<Phase, number> {
  return {
    clarify: Math.round(minutes.clarify * MINUTE_MS),
    plan: Math.round(minutes.plan * MINUTE_MS),
    code: Math.round(minutes.code * MINUTE_MS),
    test: Math.round(minutes.test * MINUTE_MS),
  };
}

export function totalMs(budgets: Record<Phase, number>): number {
  return PHASES.reduce((sum, phase) => sum + budgets[phase], 0);
}

export interface TimeSnapshot {
  activeMs: number;
  phaseTimesMs: Record<Phase, number>;
}

export interface BudgetAlert {
  scope: Phase | 'overall';
  threshold: BudgetThreshold;
  elapsedMs: number;
  budgetMs: number;
}

function crossed(before: number, after: number, budgetMs: number): BudgetThreshold[] {
  if (budgetMs <= 0) return [];
  return BUDGET_THRESHOLDS.filter((pct) => {
    const line = (budgetMs * pct) / 100;
    return before < line && after >= line;
  });
}

/** Thresholds crossed going from `before` to `after`: phases first in phase order, then overall. */
export function budgetAlerts(
  budgets: Record<Phase, number>,
  overallLimitMs: number,
  before: TimeSnapshot,
  after: TimeSnapshot,
): BudgetAlert[] {
  const alerts: BudgetAlert[] = [];
  for (const phase of PHASES) {
    for (const threshold of crossed(before.phaseTimesMs[phase], after.phaseTimesMs[phase], budgets[phase])) {
      alerts.push({ scope: phase, threshold, elapsedMs: after.phaseTimesMs[phase], budgetMs: budgets[phase] });
    }
  }
  for (const threshold of crossed(before.activeMs, after.activeMs, overallLimitMs)) {
    alerts.push({ scope: 'overall', threshold, elapsedMs: after.activeMs, budgetMs: overallLimitMs });
  }
  return alerts;
}
