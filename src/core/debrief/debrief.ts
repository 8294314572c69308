/** The debrief of one session: every figure, the feedback and the scores, as plain data for any renderer. */
import type { ProblemMeta } from '../../problems/types';
import type { Language, Mode, SessionEvent } from '../events';
import type { Outcome, Difficulty } from '../../vocabulary/interview';
import type { ClarificationReport } from './clarifications';
import type { ComplexityReport } from './complexity';
import { DEFAULT_DEBRIEF_OPTIONS, sessionFacts } from './facts';
import type { DebriefOptions } from './facts';
import type { MutantReport } from './mutants';
import type { PhaseReport } from './phases';
import { feedback } from './rules';
import type { Finding } from './rules';
import { evidenceScores, selfReviewOf } from './scores';
import type { EvidenceScore, SelfReview } from './scores';
import { eventsOf } from './sessionLog';
import type { SilentStretch } from './silence';
import type { TestReport } from './testResults';
import { timeline } from './timeline';
import type { TimelineEntry } from './timeline';

export interface FollowUpReview {
  question: string;
  answer: string;
  /** The problem's model answer, when the question is one of its follow-ups. */
  modelAnswer: string | null;
}

export interface Debrief {
  sessionId: string;
  problem: { id: string; title: string; difficulty: Difficulty; topics: string[] };
  language: Language;
  mode: Mode;
  startedAt: number;
  outcome: Outcome | null;
  activeMs: number;
  phases: PhaseReport;
  timeline: TimelineEntry[];
  clarifications: ClarificationReport;
  complexity: ComplexityReport;
  mutants: MutantReport;
  silences: SilentStretch[];
  tests: TestReport;
  feedback: Finding[];
  evidence: EvidenceScore[];
  selfReview: SelfReview | null;
  followUps: FollowUpReview[];
}

export function buildDebrief(
  events: readonly SessionEvent[],
  meta: ProblemMeta | undefined,
  options: DebriefOptions = DEFAULT_DEBRIEF_OPTIONS,
): Debrief {
  const facts = sessionFacts(events, meta, options);
  const { start } = facts.log;
  return {
    sessionId: start.sessionId,
    problem: { id: start.problemId, title: start.title, difficulty: start.difficulty, topics: start.topics },
    language: start.language,
    mode: start.mode,
    startedAt: start.at,
    outcome: facts.log.outcome,
    activeMs: facts.log.endT,
    phases: facts.phases,
    timeline: timeline(facts.log, (id) => facts.meta?.clarifications.find((c) => c.id === id)?.question),
    clarifications: facts.clarifications,
    complexity: facts.complexity,
    mutants: facts.mutants,
    silences: facts.silences,
    tests: facts.tests,
    feedback: feedback(facts),
    evidence: evidenceScores(facts),
    selfReview: selfReviewOf(facts),
    followUps: eventsOf(facts.log, 'followup_answered').map((f) => ({
      question: f.question,
      answer: f.answer,
      modelAnswer: meta?.followUps.find((m) => m.question === f.question)?.answer ?? null,
    })),
  };
}
