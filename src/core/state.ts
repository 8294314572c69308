/**
 * The session's state as a pure fold over its event log. The live session keeps its state by applying
 * each event it appends with the same `applyEvent`, so the live view and a replay of the saved log cannot
 * drift apart.
 */
import type { Phase, Outcome, SelfReviewDimension, SessionPhase } from '../vocabulary/interview';
import type { Verdict } from '../vocabulary/verdicts';
import type { PauseReason, PlanSnapshot, SessionEvent, SessionSetup } from './events';
import type { ScalingPoint } from '../vocabulary/growth';

export interface Question {
  text: string;
  /** The clarification answered: matched directly, or confirmed by the candidate after an ask-back. */
  clarificationId: string | null;
  answer: string;
  t: number;
  /** The question's event seq, which an ask-back choice refers to. */
  seq: number;
  reply: 'answer' | 'small_talk' | 'ask_back';
  /** For an ask-back: the clarification ids offered. */
  choices: string[];
  /** For an ask-back: the interviewer's question, kept when the choice replaces `answer`. */
  askedBack: string | null;
  /** For an ask-back: whether the candidate has chosen (possibly "Neither"). */
  chosen: boolean;
}

/** Small talk is answered but is not a question about the problem. */
export function isProblemQuestion(q: Question): boolean {
  return q.reply !== 'small_talk';
}

export interface Assumption {
  id: string;
  text: string;
}

export interface CustomTest {
  id: string;
  args: string;
  expected: string | null;
}

export interface RunSummary {
  verdict: Verdict;
  passed: number;
  total: number;
  t: number;
}

export interface PhaseTransition {
  from: SessionPhase;
  to: SessionPhase;
  direction: 'forward' | 'back';
  overridden: string[];
  t: number;
}

export interface SessionState extends SessionSetup {
  startedAt: number;

  phase: SessionPhase;
  /** Active time at which the current phase was entered. */
  phaseEnteredT: number;
  /** Active time of each phase's finished visits; the open visit is `activeMs - phaseEnteredT`. */
  phaseTimesMs: Record<Phase, number>;
  transitions: PhaseTransition[];
  /** Returns to an earlier phase. */
  iterations: number;

  questions: Question[];
  noQuestions: boolean;
  assumptions: Assumption[];
  plan: PlanSnapshot | null;
  planEdits: number;
  notes: string[];
  solutionPath: string | null;
  edits: { added: number; removed: number; bursts: number };
  runs: RunSummary[];
  /** Runs that included at least one of the user's own tests. */
  customTestRuns: number;
  customTests: CustomTest[];
  hintsRevealed: number[];

  paused: boolean;
  /** Why the session is paused, when it is: the user, or the editor closing it. */
  pauseReason: PauseReason | null;
  pauses: number;
  breaks: number;
  breakMs: number;
  focused: boolean;
  focusLosses: number;
  idleStretches: number;
  idleMs: number;

  submission: RunSummary | null;
  outcome: Outcome | null;
  /** Active time at which the session ended (submit, give up, expiry). */
  endedT: number | null;
  followUps: { question: string; answer: string }[];
  selfReview: { scores: Record<SelfReviewDimension, number>; notes: string } | null;
  scaling: { points: ScalingPoint[]; growth: string } | null;
  mutants: { caught: string[]; missed: string[] } | null;

  lastSeq: number;
  /** Active time of the latest event. */
  lastT: number;
  /** Wall time of the latest event. */
  lastAt: number;
}

export class ReplayError extends Error {}

function zeroPhaseTimes(): Record<Phase, number> {
  return { clarify: 0, plan: 0, code: 0, test: 0 };
}

export function initialState(event: SessionEvent): SessionState {
  if (event.type !== 'session_started') throw new ReplayError(`a log must start with session_started, not ${event.type}`);
  return {
    sessionId: event.sessionId,
    problemId: event.problemId,
    title: event.title,
    difficulty: event.difficulty,
    topics: [...event.topics],
    language: event.language,
    mode: event.mode,
    budgets: { ...event.budgets },
    overallLimitMs: event.overallLimitMs,
    startedAt: event.at,
    phase: 'clarify',
    phaseEnteredT: event.t,
    phaseTimesMs: zeroPhaseTimes(),
    transitions: [],
    iterations: 0,
    questions: [],
    noQuestions: false,
    assumptions: [],
    plan: null,
    planEdits: 0,
    notes: [],
    solutionPath: null,
    edits: { added: 0, removed: 0, bursts: 0 },
    runs: [],
    customTestRuns: 0,
    customTests: [],
    hintsRevealed: [],
    paused: false,
    pauseReason: null,
    pauses: 0,
    breaks: 0,
    breakMs: 0,
    focused: true,
    focusLosses: 0,
    idleStretches: 0,
    idleMs: 0,
    submission: null,
    outcome: null,
    endedT: null,
    followUps: [],
    selfReview: null,
    scaling: null,
    mutants: null,
    lastSeq: event.seq,
    lastT: event.t,
    lastAt: event.at,
  };
}

/** A copy deep enough that `foldEvent` on it never touches the original. */
export function cloneState(state: SessionState): SessionState {
  return {
    ...state,
    topics: [...state.topics],
    budgets: { ...state.budgets },
    phaseTimesMs: { ...state.phaseTimesMs },
    transitions: [...state.transitions],
    questions: [...state.questions],
    assumptions: [...state.assumptions],
    notes: [...state.notes],
    edits: { ...state.edits },
    runs: [...state.runs],
    customTests: [...state.customTests],
    hintsRevealed: [...state.hintsRevealed],
    followUps: [...state.followUps],
  };
}

/** Returns a new state; the input is left untouched so callers may keep earlier snapshots. */
export function applyEvent(previous: SessionState, event: SessionEvent): SessionState {
  const next = cloneState(previous);
  foldEvent(next, event);
  return next;
}

/** Assumptions and custom tests are edited in place: saving an id again replaces it where it stands. */
function putById<T extends { id: string }>(items: T[], item: T): void {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index < 0) items.push(item);
  else items[index] = item;
}

function withoutId<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}

/**
 * Applies one event in place to a state the caller owns: the one fold behind both `applyEvent` and
 * `replay`, so that reading a long log stays linear. Throws ReplayError, before changing anything, for
 * an event that cannot follow.
 */
export function foldEvent(s: SessionState, event: SessionEvent): void {
  if (event.type === 'session_started') throw new ReplayError(`session_started may only be the first event (seq ${event.seq})`);
  s.lastSeq = event.seq;
  s.lastT = event.t;
  s.lastAt = event.at;
  switch (event.type) {
    case 'phase_changed':
      if (s.phase !== 'done') s.phaseTimesMs[s.phase] += event.t - s.phaseEnteredT;
      s.phase = event.to;
      s.phaseEnteredT = event.t;
      s.transitions.push({ from: event.from, to: event.to, direction: event.direction, overridden: [...event.overridden], t: event.t });
      if (event.direction === 'back') s.iterations += 1;
      if (event.to === 'done') s.endedT = event.t;
      break;
    case 'question_asked':
      s.questions.push({
        text: event.text,
        clarificationId: event.clarificationId,
        answer: event.answer,
        t: event.t,
        seq: event.seq,
        reply: event.reply ?? 'answer',
        choices: event.reply === 'ask_back' ? [...(event.choices ?? [])] : [],
        askedBack: event.reply === 'ask_back' ? event.answer : null,
        chosen: false,
      });
      break;
    case 'clarification_chosen': {
      // Replaced, not changed in place: earlier snapshots share the question objects.
      const index = s.questions.findIndex((q) => q.seq === event.questionSeq);
      const asked = s.questions[index];
      if (asked !== undefined) s.questions[index] = { ...asked, clarificationId: event.clarificationId, answer: event.answer, chosen: true };
      break;
    }
    case 'no_questions':
      s.noQuestions = true;
      break;
    case 'assumption_set':
      putById(s.assumptions, { id: event.id, text: event.text });
      break;
    case 'assumption_removed':
      s.assumptions = withoutId(s.assumptions, event.id);
      break;
    case 'plan_updated':
      s.plan = { ...event.plan };
      s.planEdits += 1;
      break;
    case 'note_added':
      s.notes.push(event.text);
      break;
    case 'solution_opened':
      s.solutionPath = event.path;
      break;
    case 'edit_summary':
      s.edits.added += event.added;
      s.edits.removed += event.removed;
      s.edits.bursts += event.bursts;
      break;
    case 'run_completed':
      s.runs.push({ verdict: event.verdict, passed: event.passed, total: event.total, t: event.t });
      if (event.tests.some((test) => test.source === 'custom')) s.customTestRuns += 1;
      break;
    case 'custom_test_saved':
      putById(s.customTests, { id: event.id, args: event.args, expected: event.expected });
      break;
    case 'custom_test_removed':
      s.customTests = withoutId(s.customTests, event.id);
      break;
    case 'hint_revealed':
      if (!s.hintsRevealed.includes(event.index)) s.hintsRevealed.push(event.index);
      break;
    case 'paused':
      // Only the user's pauses count; the editor closing is a break, not a choice.
      if (!s.paused && (event.reason ?? 'user') === 'user') s.pauses += 1;
      s.paused = true;
      s.pauseReason = event.reason ?? 'user';
      break;
    case 'resumed':
      s.paused = false;
      s.pauseReason = null;
      break;
    case 'break_detected':
      s.breaks += 1;
      s.breakMs += event.gapMs;
      break;
    case 'focus_changed':
      if (s.focused && !event.focused) s.focusLosses += 1;
      s.focused = event.focused;
      break;
    case 'idle':
      s.idleStretches += 1;
      s.idleMs += event.durationMs;
      break;
    case 'submitted':
      s.submission = { verdict: event.verdict, passed: event.passed, total: event.total, t: event.t };
      break;
    case 'gave_up':
    case 'time_expired':
      break;
    case 'followup_answered':
      s.followUps.push({ question: event.question, answer: event.answer });
      break;
    case 'self_review':
      s.selfReview = { scores: { ...event.scores }, notes: event.notes };
      break;
    case 'scaling_measured':
      s.scaling = { points: event.points.map((p) => ({ ...p })), growth: event.growth };
      break;
    case 'mutants_measured':
      s.mutants = { caught: [...event.caught], missed: [...event.missed] };
      break;
    case 'session_ended':
      s.outcome = event.outcome;
      break;
  }
}

export function replay(events: readonly SessionEvent[]): SessionState {
  const [first, ...rest] = events;
  if (first === undefined) throw new ReplayError('an empty log has no session');
  const state = initialState(first);
  for (const event of rest) foldEvent(state, event);
  return state;
}

/** Active time of each phase at active time `activeMs`, counting the visit still open. */
export function phaseTimesAt(state: SessionState, activeMs: number): Record<Phase, number> {
  const times = { ...state.phaseTimesMs };
  if (state.phase !== 'done') times[state.phase] += Math.max(0, activeMs - state.phaseEnteredT);
  return times;
}

