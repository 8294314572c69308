/** Series across sessions, oldest first, for the history charts. */
import { DIMENSIONS } from '../../vocabulary/interview';
import type { Phase, SelfReviewDimension } from '../../vocabulary/interview';
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
  /**
   * Self-score minus evidence score: positive means the candidate rated themselves higher. Null where
   * the session had no evidence for the dimension: a self-rating has nothing to be compared with there.
   */
  gap: Record<SelfReviewDimension, number | null>;
}

export interface Calibration {
  points: CalibrationPoint[];
  /** Mean gap per dimension over the sessions with both a self-review and evidence for it. */
  mean: Record<SelfReviewDimension, number | null> | null;
  /** How many sessions each mean is over. */
  sessions: Record<SelfReviewDimension, number>;
}


export function calibration(sessions: readonly SessionSummary[]): Calibration {
  const points: CalibrationPoint[] = [];
  for (const s of oldestFirst(sessions)) {
    const self = s.selfScores;
    if (self === null) continue;
    const gap = Object.fromEntries(
      DIMENSIONS.map((d) => {
        const evidence = s.evidenceScores[d];
        return [d, evidence === null ? null : self[d] - evidence];
      }),
    ) as Record<SelfReviewDimension, number | null>;
    points.push({ sessionId: s.sessionId, startedAt: s.startedAt, gap });
  }
  const counted = Object.fromEntries(DIMENSIONS.map((d) => [d, points.filter((p) => p.gap[d] !== null).length])) as Record<SelfReviewDimension, number>;
  if (points.length === 0) return { points, mean: null, sessions: counted };
  const mean = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const gaps = points.map((p) => p.gap[d]).filter((g): g is number => g !== null);
      return [d, gaps.length === 0 ? null : gaps.reduce((sum, g) => sum + g, 0) / gaps.length];
    }),
  ) as Record<SelfReviewDimension, number | null>;
  return { points, mean, sessions: counted };
}
