/** Series across sessions, oldest first, for the history charts. */
import type { Phase } from '../../problems/types';
import type { SelfReviewDimension } from '../events';
import type { SessionSummary } from './sessionSummary';

export interface TrendPoint {
  sessionId: string;
  startedAt: number;
  value: number;
}

export interface Trends {
  phaseShare: Record<Phase, TrendPoint[]>;
  clarificationCoverage: TrendPoint[];
  firstSubmitPassRate: TrendPoint[];
  timeToFirstGreenMs: TrendPoint[];
}

function series(sessions: readonly SessionSummary[], pick: (s: SessionSummary) => number | null): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const s of sessions) {
    const value = pick(s);
    if (value !== null) points.push({ sessionId: s.sessionId, startedAt: s.startedAt, value });
  }
  return points;
}

function oldestFirst(sessions: readonly SessionSummary[]): SessionSummary[] {
  return [...sessions].sort((a, b) => a.startedAt - b.startedAt);
}

export function trends(sessions: readonly SessionSummary[]): Trends {
  const ordered = oldestFirst(sessions);
  return {
    phaseShare: {
      clarify: series(ordered, (s) => s.phaseShare.clarify),
      plan: series(ordered, (s) => s.phaseShare.plan),
      code: series(ordered, (s) => s.phaseShare.code),
      test: series(ordered, (s) => s.phaseShare.test),
    },
    clarificationCoverage: series(ordered, (s) => s.keyCoverage),
    firstSubmitPassRate: series(ordered, (s) => s.firstSubmitPassRate),
    timeToFirstGreenMs: series(ordered, (s) => s.timeToFirstGreenMs),
  };
}

export interface CalibrationPoint {
  sessionId: string;
  startedAt: number;
  /** Self-score minus evidence score: positive means the candidate rated themselves higher. */
  gap: Record<SelfReviewDimension, number>;
}

export interface Calibration {
  points: CalibrationPoint[];
  /** Mean gap per dimension over the sessions that have a self-review. */
  mean: Record<SelfReviewDimension, number> | null;
}

const DIMENSIONS: readonly SelfReviewDimension[] = ['problem_solving', 'communication', 'code_quality', 'testing', 'time_management'];

export function calibration(sessions: readonly SessionSummary[]): Calibration {
  const points: CalibrationPoint[] = [];
  for (const s of oldestFirst(sessions)) {
    const self = s.selfScores;
    if (self === null) continue;
    const gap = Object.fromEntries(DIMENSIONS.map((d) => [d, self[d] - s.evidenceScores[d]])) as Record<SelfReviewDimension, number>;
    points.push({ sessionId: s.sessionId, startedAt: s.startedAt, gap });
  }
  if (points.length === 0) return { points, mean: null };
  const mean = Object.fromEntries(
    DIMENSIONS.map((d) => [d, points.reduce((sum, p) => sum + p.gap[d], 0) / points.length]),
  ) as Record<SelfReviewDimension, number>;
  return { points, mean };
}
