/**
 * The small debrief model: how time was spent against the budgets and how often things happened,
 * computed from the log alone. The rich, evidence-citing debrief builds on this (src/core/debrief).
 */
import type { Phase, Outcome, SessionPhase } from '../vocabulary/interview';
import { PHASES } from '../vocabulary/interview';
import type { Language, Mode, SessionEvent } from './events';
import { isProblemQuestion, replay } from './state';

export interface PhaseSummary {
  phase: Phase;
  spentMs: number;
  budgetMs: number;
  /** Time beyond the budget, 0 when within it. */
  overrunMs: number;
  /** Times the phase was entered (returns after going back count again). */
  visits: number;
}

export interface SessionSummary {
  sessionId: string;
  problemId: string;
  mode: Mode;
  language: Language;
  outcome: Outcome | null;
  /** Wall time of the first event. */
  startedAt: number;
  activeMs: number;
  overallLimitMs: number;
  /** Wall time from the first to the last event, including pauses and breaks. */
  wallSpanMs: number;
  phases: PhaseSummary[];
  iterations: number;
  /** Practice-mode moves made without the exit criteria, with the criteria skipped. */
  overrides: { from: SessionPhase; to: SessionPhase; criteria: string[] }[];
  counts: {
    questions: number;
    assumptions: number;
    planEdits: number;
    notes: number;
    runs: number;
    customTestRuns: number;
    customTests: number;
    hints: number;
    pauses: number;
    breaks: number;
    focusLosses: number;
    idleStretches: number;
    charsAdded: number;
    charsRemoved: number;
    editBursts: number;
    followUps: number;
  };
  breakMs: number;
  idleMs: number;
  /** Active time of the first run, if any. */
  firstRunT: number | null;
}

export function summarizeSession(events: readonly SessionEvent[]): SessionSummary {
  const state = replay(events);
  const activeMs = state.endedT ?? state.lastT;
  const times = { ...state.phaseTimesMs };
  if (state.phase !== 'done') times[state.phase] += Math.max(0, activeMs - state.phaseEnteredT);
  const visits: Record<Phase, number> = { clarify: 1, plan: 0, code: 0, test: 0 };
  for (const move of state.transitions) if (move.to !== 'done') visits[move.to] += 1;
  const first = events[0];
  const last = events[events.length - 1];
  return {
    sessionId: state.sessionId,
    problemId: state.problemId,
    mode: state.mode,
    language: state.language,
    outcome: state.outcome,
    startedAt: state.startedAt,
    activeMs,
    overallLimitMs: state.overallLimitMs,
    wallSpanMs: first && last ? Math.max(0, last.at - first.at) : 0,
    phases: PHASES.map((phase) => ({
      phase,
      spentMs: times[phase],
      budgetMs: state.budgets[phase],
      overrunMs: Math.max(0, times[phase] - state.budgets[phase]),
      visits: visits[phase],
    })),
    iterations: state.iterations,
    overrides: state.transitions
      .filter((m) => m.overridden.length > 0)
      .map((m) => ({ from: m.from, to: m.to, criteria: [...m.overridden] })),
    counts: {
      questions: state.questions.filter(isProblemQuestion).length,
      assumptions: state.assumptions.length,
      planEdits: state.planEdits,
      notes: state.notes.length,
      runs: state.runs.length,
      customTestRuns: state.customTestRuns,
      customTests: state.customTests.length,
      hints: state.hintsRevealed.length,
      pauses: state.pauses,
      breaks: state.breaks,
      focusLosses: state.focusLosses,
      idleStretches: state.idleStretches,
      charsAdded: state.edits.added,
      charsRemoved: state.edits.removed,
      editBursts: state.edits.bursts,
      followUps: state.followUps.length,
    },
    breakMs: state.breakMs,
    idleMs: state.idleMs,
    firstRunT: state.runs[0]?.t ?? null,
  };
}
