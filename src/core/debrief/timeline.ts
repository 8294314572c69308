/**
 * The session retold in order, one entry per thing that happened, each at its active ms from the start,
 * as message ids with their figures: src/ui/debrief/timelineWords.ts words them.
 */
import type { SessionEvent } from '../events';
import { absences, failureVerdicts, isSolutionFailure, notRunIn, testName } from './sessionLog';
import type { Absence, Attempt, SessionLog } from './sessionLog';

export type TimelineKind =
  | 'start'
  | 'phase'
  | 'back'
  | 'question'
  | 'assumption'
  | 'plan'
  | 'note'
  | 'run'
  | 'submit'
  | 'custom_test'
  | 'hint'
  | 'pause'
  | 'away'
  | 'followup'
  | 'end';

/** What failed in a run or submit: the whole solution, or which tests (by name, with how many of each). */
export type FailureDetail =
  /** `notRun`: tests a fail-fast stop left unrun (0 after a compile error, which stops everything anyway). */
  | { kind: 'whole_solution'; verdicts: string[]; notRun: number }
  | { kind: 'tests'; failed: { name: string; count: number }[] };

/** What one timeline entry says, as an id with its figures; src/ui/debrief/timelineWords.ts words it. */
export type TimelineMessage =
  | { id: 'started'; title: string; difficulty: string; language: string; mode: string }
  | { id: 'went_back'; from: string; to: string }
  | { id: 'moved'; to: string; skipped: string[] }
  | { id: 'asked'; text: string; smallTalk: boolean; answer: string }
  /** `question`: the bank's wording of the clarification picked, or null for "neither". */
  | { id: 'ask_back_answered'; question: string | null; answer: string }
  | { id: 'no_questions' }
  | { id: 'assumed'; text: string }
  | { id: 'note'; text: string }
  | { id: 'run' | 'submit'; passed: number; total: number; verdict: string; failure: FailureDetail | null }
  | { id: 'custom_test'; args: string; expected: string | null }
  /** `number`: counted from 1. */
  | { id: 'hint'; number: number; text: string }
  | { id: 'followup'; question: string; answer: string }
  | { id: 'gave_up' }
  | { id: 'time_ran_out' }
  | { id: 'ended'; outcome: string }
  /** `editedFrom`: when the plan was edited over a stretch, where the stretch began (the entry is at its end text). */
  | { id: 'plan'; approach: string; time: string; space: string; editedFrom: { from: number; to: number } | null }
  /** `wallMs`: null for a pause never resumed. */
  | { id: 'paused' | 'away'; wallMs: number | null };

export interface TimelineEntry {
  t: number;
  kind: TimelineKind;
  message: TimelineMessage;
}

export function failureDetail(attempt: Pick<Attempt, 'tests' | 'total'>): FailureDetail | null {
  if (isSolutionFailure(attempt)) {
    const notRun = attempt.tests.some((t) => t.verdict === 'compile_error') ? 0 : notRunIn(attempt);
    return { kind: 'whole_solution', verdicts: failureVerdicts({ kind: 'run', t: 0, verdict: 'accepted', passed: 0, total: attempt.total, tests: attempt.tests }), notRun };
  }
  const counts = new Map<string, number>();
  for (const test of attempt.tests) {
    if (test.verdict === 'accepted') continue;
    const name = testName(test, attempt.tests);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return { kind: 'tests', failed: [...counts].map(([name, count]) => ({ name, count })) };
}

/** The bank's wording of a clarification, for naming the one a candidate picked when asked back. */
export type ClarificationQuestion = (id: string) => string | undefined;

type Described = Omit<TimelineEntry, 't'>;

function describe(event: SessionEvent, questionOf: ClarificationQuestion): Described | null {
  switch (event.type) {
    case 'session_started':
      return { kind: 'start', message: { id: 'started', title: event.title, difficulty: event.difficulty, language: event.language, mode: event.mode } };
    case 'phase_changed':
      if (event.to === 'done') return null;
      if (event.direction === 'back') return { kind: 'back', message: { id: 'went_back', from: event.from, to: event.to } };
      return { kind: 'phase', message: { id: 'moved', to: event.to, skipped: event.overridden } };
    case 'question_asked':
      return { kind: 'question', message: { id: 'asked', text: event.text, smallTalk: event.reply === 'small_talk', answer: event.answer } };
    case 'clarification_chosen': {
      const question = event.clarificationId === null ? null : (questionOf(event.clarificationId) ?? event.clarificationId);
      return { kind: 'question', message: { id: 'ask_back_answered', question, answer: event.answer } };
    }
    case 'no_questions':
      return { kind: 'question', message: { id: 'no_questions' } };
    case 'assumption_set':
      return { kind: 'assumption', message: { id: 'assumed', text: event.text } };
    case 'note_added':
      return { kind: 'note', message: { id: 'note', text: event.text } };
    case 'run_completed':
    case 'submitted': {
      const id = event.type === 'run_completed' ? 'run' : 'submit';
      return { kind: id, message: { id, passed: event.passed, total: event.total, verdict: event.verdict, failure: failureDetail(event) } };
    }
    case 'custom_test_saved':
      return { kind: 'custom_test', message: { id: 'custom_test', args: event.args, expected: event.expected } };
    case 'hint_revealed':
      return { kind: 'hint', message: { id: 'hint', number: event.index + 1, text: event.text } };
    case 'followup_answered':
      return { kind: 'followup', message: { id: 'followup', question: event.question, answer: event.answer } };
    case 'gave_up':
      return { kind: 'end', message: { id: 'gave_up' } };
    case 'time_expired':
      return { kind: 'end', message: { id: 'time_ran_out' } };
    case 'session_ended':
      // "Gave up." and "Time ran out." already say how it ended.
      if (event.outcome === 'gave_up' || event.outcome === 'expired') return null;
      return { kind: 'end', message: { id: 'ended', outcome: event.outcome } };
    default:
      return null;
  }
}

function absenceEntry(a: Absence): Described {
  return { kind: a.byUser ? 'pause' : 'away', message: { id: a.byUser ? 'paused' : 'away', wallMs: a.wallMs } };
}

export function timeline(log: SessionLog, questionOf: ClarificationQuestion = () => undefined): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const push = (t: number, described: Described): void => {
    entries.push({ t, ...described });
  };
  const away = new Map(absences(log).map((a) => [a.seq, a]));
  const events = log.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const absence = away.get(event.seq);
    if (absence !== undefined) {
      push(event.t, absenceEntry(absence));
      continue;
    }
    if (event.type === 'plan_updated') {
      // The plan autosaves as it is typed: one entry per stretch of editing, with the text it ended on.
      let last = event;
      let edits = 1;
      for (let j = i + 1; j < events.length; j++) {
        const next = events[j];
        if (next === undefined || away.has(next.seq)) break;
        if (next.type === 'plan_updated') {
          last = next;
          edits++;
          i = j;
        } else if (describe(next, questionOf) !== null) break;
      }
      const plan = last.plan;
      const editedFrom = edits === 1 ? null : { from: event.t, to: last.t };
      push(event.t, { kind: 'plan', message: { id: 'plan', approach: plan.approach.trim(), time: plan.timeComplexity, space: plan.spaceComplexity, editedFrom } });
      continue;
    }
    const described = describe(event, questionOf);
    if (described !== null) push(event.t, described);
  }
  return entries;
}
