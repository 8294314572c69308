/**
 * One past session reduced to the figures history compares across sessions. Built from the same pure
 * debrief, so the history never disagrees with the debrief it links to.
 */
import type { ProblemMeta } from '../../problems/types';
import type { Difficulty, Phase, Outcome, SelfReviewDimension } from '../../vocabulary/interview';
import { PHASES } from '../../vocabulary/interview';
import type { SessionEvent } from '../events';
import { buildDebrief } from '../debrief/debrief';
import type { Debrief } from '../debrief/debrief';
import type { RuleId } from '../debrief/rules';

export interface SessionSummary {
  sessionId: string;
  problemId: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  startedAt: number;
  outcome: Outcome | null;
  /** Accepted on some submit. */
  solved: boolean;
  activeMs: number;
  phaseShare: Record<Phase, number>;
  keyCoverage: number | null;
  firstSubmitPassRate: number | null;
  acceptedOnSubmit: number | null;
  timeToFirstGreenMs: number | null;
  hints: number;
  /** The improvement rules that fired, for recurring weaknesses. */
  improvements: RuleId[];
  /**
   * Kinds of hidden input that failed while the same solution passed other kinds. Statement examples
   * are left out: "Example 2" names a different input in every problem.
   */
  failedKinds: string[];
  /** Runs and submits in which no test passed (a compile error, a timeout or crash everywhere). */
  solutionFailures: number;
  selfScores: Record<SelfReviewDimension, number> | null;
  /** Null where the session gave nothing to score that dimension on. */
  evidenceScores: Record<SelfReviewDimension, number | null>;
}

export function summariseDebrief(d: Debrief): SessionSummary {
  const total = d.phases.phases.reduce((sum, p) => sum + p.spentMs, 0);
  const phaseShare = Object.fromEntries(
    PHASES.map((phase) => [phase, total === 0 ? 0 : (d.phases.phases.find((p) => p.phase === phase)?.spentMs ?? 0) / total]),
  ) as Record<Phase, number>;
  const first = d.tests.firstSubmit;
  return {
    sessionId: d.sessionId,
    problemId: d.problem.id,
    title: d.problem.title,
    difficulty: d.problem.difficulty,
    topics: d.problem.topics,
    startedAt: d.startedAt,
    outcome: d.outcome,
    solved: d.tests.acceptedOnSubmit !== null,
    activeMs: d.activeMs,
    phaseShare,
    keyCoverage: d.clarifications.coverage,
    firstSubmitPassRate: first === null || first.total === 0 ? null : first.passed / first.total,
    acceptedOnSubmit: d.tests.acceptedOnSubmit,
    timeToFirstGreenMs: d.tests.timeToFirstGreenMs,
    hints: d.timeline.filter((e) => e.kind === 'hint').length,
    improvements: d.feedback.filter((f) => f.tone === 'improve').map((f) => f.ruleId),
    failedKinds: d.tests.failingKinds.filter((k) => !k.example).map((k) => k.kind),
    solutionFailures: d.tests.solutionFailures.length,
    selfScores: d.selfReview?.scores ?? null,
    evidenceScores: Object.fromEntries(d.evidence.map((e) => [e.dimension, e.score])) as Record<SelfReviewDimension, number | null>,
  };
}

export function summariseSession(events: readonly SessionEvent[], meta: ProblemMeta | undefined): SessionSummary {
  return summariseDebrief(buildDebrief(events, meta));
}

export interface HistoryFilter {
  topic?: string;
  difficulty?: Difficulty;
}

/** Newest first, as the history list shows them. */
export function filterHistory(sessions: readonly SessionSummary[], filter: HistoryFilter): SessionSummary[] {
  return sessions
    .filter((s) => (filter.topic === undefined || s.topics.includes(filter.topic)) && (filter.difficulty === undefined || s.difficulty === filter.difficulty))
    .sort((a, b) => b.startedAt - a.startedAt);
}

export function topicsOf(sessions: readonly SessionSummary[]): string[] {
  return [...new Set(sessions.flatMap((s) => s.topics))].sort();
}
