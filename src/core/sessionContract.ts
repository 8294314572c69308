/**
 * What an InterviewSession is started with, depends on and answers: its options, its dependencies (the
 * store, the clock, the settings that shape it) and the results of its actions and ticks.
 */
import type { Phase, PhaseBudgets, Difficulty } from '../vocabulary/interview';
import type { TimerOptions } from './activeTimer';
import type { BudgetAlert, BudgetSettings } from './budgets';
import type { Clock } from './clock';
import type { CriterionStatus } from './criteria';
import type { Language, Mode, SessionEvent } from './events';
import type { Refusal } from './refusals';
import type { SessionState } from './state';
import type { SessionStore } from './storage';

export type ActionResult = { ok: true } | { ok: false; refusal: Refusal; unmet?: CriterionStatus[] };

export interface ProblemInfo {
  id: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  /** The problem's own budgets in minutes, if it has any. */
  budgets?: Partial<PhaseBudgets>;
}

export interface StartOptions {
  problem: ProblemInfo;
  language: Language;
  mode: Mode;
  budgetSettings?: BudgetSettings;
  /** Overall limit; the sum of the phase budgets when absent. */
  overallLimitMinutes?: number;
}

export interface SessionDeps {
  store: SessionStore;
  clock?: Clock;
  timer?: Partial<TimerOptions>;
  /** Active time without interaction after which an idle stretch is recorded (setting idleThresholdSeconds). */
  idleThresholdMs?: number;
  /** Whether strict mode allows hints (setting hintsInStrictMode); practice mode always does. */
  hintsInStrictMode?: boolean;
}

export interface TickReport {
  activeMs: number;
  phaseTimesMs: Record<Phase, number>;
  /** Thresholds crossed since the previous tick, each reported once over the session's life. */
  alerts: BudgetAlert[];
  /** The overall limit ran out on this tick and the session was ended. */
  expired: boolean;
  /** A break noticed on this tick (machine slept, editor frozen), 0 if none. */
  breakMs: number;
}

export type SessionListener = (event: SessionEvent, state: SessionState) => void;
