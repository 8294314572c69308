/**
 * Spaced review of problems with FSRS: each session is one review of its problem, graded from the outcome
 * and the self-rating. Cards are rebuilt by replaying the history in order, so the schedule needs no
 * state of its own and an imported history schedules exactly as if it had been practised here.
 */
import type { Card, FSRS, Grade, State } from 'ts-fsrs' with { 'resolution-mode': 'import' };
import type { Difficulty } from '../../vocabulary/interview';
import type { SessionSummary } from './sessionSummary';

export type GradeName = 'again' | 'hard' | 'good' | 'easy';

interface Fsrs {
  scheduler: FSRS;
  createEmptyCard: (now: Date) => Card;
  grades: Record<GradeName, Grade>;
  stateName: (state: State) => ReviewCard['state'];
}

let loaded: Promise<Fsrs> | undefined;

/**
 * ts-fsrs ships as an ES module, which this CommonJS build can only reach through `import()`; loading it
 * on first use also keeps it off the activation path. Whole problems are reviewed over days, not minutes:
 * no short-term learning steps, and no random fuzz so that a schedule is reproducible.
 */
function loadFsrs(): Promise<Fsrs> {
  loaded ??= import('ts-fsrs').then(({ fsrs, createEmptyCard, Rating, State: States }) => ({
    scheduler: fsrs({ enable_fuzz: false, enable_short_term: false }),
    createEmptyCard: (now: Date) => createEmptyCard(now),
    grades: { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy },
    stateName: (state: State): ReviewCard['state'] => {
      switch (state) {
        case States.Learning:
          return 'learning';
        case States.Review:
          return 'review';
        case States.Relearning:
          return 'relearning';
        default:
          return 'new';
      }
    },
  }));
  return loaded;
}

/** Why a session got its grade, as an id with its figures; src/ui/history/historyWords.ts words it. */
export type GradeReason =
  | { id: 'not_finished' }
  | { id: 'not_accepted'; outcome: string }
  | { id: 'effort_hints'; hints: number }
  | { id: 'effort_late_submit'; acceptedOnSubmit: number }
  | { id: 'effort_rated_low' }
  | { id: 'first_submit_confident' }
  | { id: 'accepted' };

export interface GradeWithReason {
  grade: GradeName;
  reason: GradeReason;
}

function meanSelfScore(s: SessionSummary): number | null {
  if (s.selfScores === null) return null;
  const values = Object.values(s.selfScores);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function gradeSession(s: SessionSummary): GradeWithReason {
  if (!s.solved) return { grade: 'again', reason: s.outcome === null ? { id: 'not_finished' } : { id: 'not_accepted', outcome: s.outcome } };
  const self = meanSelfScore(s);
  const acceptedOnSubmit = s.acceptedOnSubmit ?? 1;
  if (s.hints > 0) return { grade: 'hard', reason: { id: 'effort_hints', hints: s.hints } };
  if (acceptedOnSubmit >= 3) return { grade: 'hard', reason: { id: 'effort_late_submit', acceptedOnSubmit } };
  if (self !== null && self < 2.5) return { grade: 'hard', reason: { id: 'effort_rated_low' } };
  if (s.acceptedOnSubmit === 1 && self !== null && self >= 3.5) return { grade: 'easy', reason: { id: 'first_submit_confident' } };
  return { grade: 'good', reason: { id: 'accepted' } };
}

export interface ReviewCard {
  problemId: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  due: number;
  lastPractised: number;
  reviews: number;
  lapses: number;
  lastGrade: GradeWithReason;
  /** FSRS stability in days: how long the solution is expected to stay recallable. */
  stabilityDays: number;
  state: 'learning' | 'review' | 'relearning' | 'new';
}

export async function reviewSchedule(sessions: readonly SessionSummary[]): Promise<ReviewCard[]> {
  const { scheduler, createEmptyCard, grades, stateName } = await loadFsrs();
  const byProblem = new Map<string, SessionSummary[]>();
  for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
    byProblem.set(s.problemId, [...(byProblem.get(s.problemId) ?? []), s]);
  }
  const cards: ReviewCard[] = [];
  for (const [problemId, practised] of byProblem) {
    const first = practised[0];
    const last = practised[practised.length - 1];
    if (first === undefined || last === undefined) continue;
    let card: Card = createEmptyCard(new Date(first.startedAt));
    let lastGrade = gradeSession(first);
    for (const s of practised) {
      lastGrade = gradeSession(s);
      card = scheduler.next(card, new Date(s.startedAt), grades[lastGrade.grade]).card;
    }
    cards.push({
      problemId,
      title: last.title,
      difficulty: last.difficulty,
      topics: last.topics,
      due: card.due.getTime(),
      lastPractised: last.startedAt,
      reviews: card.reps,
      lapses: card.lapses,
      lastGrade,
      stabilityDays: card.stability,
      state: stateName(card.state),
    });
  }
  return cards.sort((a, b) => a.due - b.due);
}

export interface CatalogueProblem {
  id: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
}

export interface TopicStanding {
  topic: string;
  sessions: number;
  solvedFirstSubmit: number;
  lastPractised: number;
}

export function topicStandings(sessions: readonly SessionSummary[]): TopicStanding[] {
  const topics = new Map<string, TopicStanding>();
  for (const s of sessions) {
    for (const topic of s.topics) {
      const t = topics.get(topic) ?? { topic, sessions: 0, solvedFirstSubmit: 0, lastPractised: 0 };
      t.sessions++;
      if (s.acceptedOnSubmit === 1) t.solvedFirstSubmit++;
      t.lastPractised = Math.max(t.lastPractised, s.startedAt);
      topics.set(topic, t);
    }
  }
  return [...topics.values()].sort((a, b) => a.solvedFirstSubmit / a.sessions - b.solvedFirstSubmit / b.sessions || a.lastPractised - b.lastPractised);
}

/** A problem's past as a suggestion cites it: how often, how long ago, and how it went last time. */
export interface PractiseRecord {
  sessions: number;
  lastPractisedAgoMs: number;
  lastGrade: GradeReason;
}

/**
 * Why a problem is suggested, with the figures its sentence cites (src/ui/history/historyWords.ts words
 * it): the problem's own, or clearly the topic's for a problem never tried.
 */
export type SuggestionReason =
  | { why: 'review_due'; overdueMs: number; practised: PractiseRecord }
  | { why: 'weak_topic'; topic: string; weakest: boolean; solvedFirstSubmit: number; sessions: number; lastPractisedAgoMs: number }
  | { why: 'next_review'; dueInMs: number; practised: PractiseRecord }
  | { why: 'first_session' };

export type SuggestionWhy = SuggestionReason['why'];

export type Suggestion = { problemId: string; title: string } & SuggestionReason;

function practiseRecord(card: ReviewCard, sessions: number, now: number): PractiseRecord {
  return { sessions, lastPractisedAgoMs: now - card.lastPractised, lastGrade: card.lastGrade.reason };
}

/**
 * Next problem: an overdue review first (most overdue), else an unpractised problem in the weakest topic,
 * else whichever review comes due soonest.
 */
export async function suggestNext(
  sessions: readonly SessionSummary[],
  catalogue: readonly CatalogueProblem[],
  now: number,
): Promise<Suggestion | null> {
  const schedule = await reviewSchedule(sessions);
  const sessionsOf = (problemId: string): number => sessions.filter((s) => s.problemId === problemId).length;
  const overdue = schedule.find((c) => c.due <= now);
  if (overdue !== undefined) {
    return {
      problemId: overdue.problemId,
      title: overdue.title,
      why: 'review_due',
      overdueMs: now - overdue.due,
      practised: practiseRecord(overdue, sessionsOf(overdue.problemId), now),
    };
  }
  const practised = new Set(sessions.map((s) => s.problemId));
  const standings = topicStandings(sessions);
  for (const [rank, standing] of standings.entries()) {
    const fresh = catalogue.find((p) => p.topics.includes(standing.topic) && !practised.has(p.id));
    if (fresh !== undefined && standing.solvedFirstSubmit < standing.sessions) {
      return {
        problemId: fresh.id,
        title: fresh.title,
        why: 'weak_topic',
        topic: standing.topic,
        weakest: rank === 0,
        solvedFirstSubmit: standing.solvedFirstSubmit,
        sessions: standing.sessions,
        lastPractisedAgoMs: now - standing.lastPractised,
      };
    }
  }
  const soonest = schedule[0];
  if (soonest !== undefined) {
    return {
      problemId: soonest.problemId,
      title: soonest.title,
      why: 'next_review',
      dueInMs: soonest.due - now,
      practised: practiseRecord(soonest, sessionsOf(soonest.problemId), now),
    };
  }
  const starter = catalogue.find((p) => p.difficulty === 'easy') ?? catalogue[0];
  return starter === undefined
    ? null
    : { problemId: starter.id, title: starter.title, why: 'first_session' };
}
