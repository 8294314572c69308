/** The session retold in order, one entry per thing that happened, each at its mm:ss from the start. */
import type { SessionEvent } from '../events';
import { formatClock, formatDuration } from './clock';
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

export interface TimelineEntry {
  t: number;
  clock: string;
  kind: TimelineKind;
  text: string;
  /** The interviewer's answer, a run's failures, a hint's text: shown after the main line. */
  detail: string | null;
}

const VERDICT_WORDS: Record<string, string> = {
  accepted: 'accepted',
  wrong_answer: 'wrong answer',
  time_limit_exceeded: 'time limit exceeded',
  memory_limit_exceeded: 'memory limit exceeded',
  runtime_error: 'runtime error',
  compile_error: 'compile error',
};

export function verdictWords(verdict: string): string {
  return VERDICT_WORDS[verdict] ?? verdict;
}

/** What failed in a run or submit: the whole solution ("no test passed: time limit exceeded", the rest perhaps not run after a fail-fast stop), or which tests. */
export function failureDetail(attempt: Pick<Attempt, 'tests' | 'total'>): string | null {
  if (isSolutionFailure(attempt)) {
    const notRun = notRunIn(attempt);
    const stopped = notRun > 0 && !attempt.tests.some((t) => t.verdict === 'compile_error') ? `; the run stopped there, ${notRun} not run` : '';
    return `no test passed: ${failureVerdicts({ kind: 'run', t: 0, verdict: 'accepted', passed: 0, total: attempt.total, tests: attempt.tests }).map(verdictWords).join(', ')}${stopped}`;
  }
  const counts = new Map<string, number>();
  for (const test of attempt.tests) {
    if (test.verdict === 'accepted') continue;
    const name = testName(test, attempt.tests);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return `failed: ${[...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ')}`;
}

/** The bank's wording of a clarification, for naming the one a candidate picked when asked back. */
export type ClarificationQuestion = (id: string) => string | undefined;

function describe(event: SessionEvent, questionOf: ClarificationQuestion): Omit<TimelineEntry, 't' | 'clock'> | null {
  switch (event.type) {
    case 'session_started':
      return { kind: 'start', text: `Started ${event.title} (${event.difficulty}, ${event.language}, ${event.mode} mode).`, detail: null };
    case 'phase_changed':
      if (event.to === 'done') return null;
      if (event.direction === 'back') return { kind: 'back', text: `Went back from ${event.from} to ${event.to}.`, detail: null };
      return {
        kind: 'phase',
        text: `Moved to ${event.to}.`,
        detail: event.overridden.length > 0 ? `skipping: ${event.overridden.join('; ')}` : null,
      };
    case 'question_asked':
      return { kind: 'question', text: event.reply === 'small_talk' ? `Said "${event.text}"` : `Asked "${event.text}"`, detail: event.answer };
    case 'clarification_chosen':
      if (event.clarificationId === null) return { kind: 'question', text: 'Answered the ask-back: neither.', detail: event.answer };
      return { kind: 'question', text: `Answered the ask-back: meant "${questionOf(event.clarificationId) ?? event.clarificationId}".`, detail: event.answer };
    case 'no_questions':
      return { kind: 'question', text: 'Said there were no questions.', detail: null };
    case 'assumption_set':
      return { kind: 'assumption', text: `Assumed "${event.text}".`, detail: null };
    case 'note_added':
      return { kind: 'note', text: `Note: "${event.text}"`, detail: null };
    case 'run_completed':
      return { kind: 'run', text: `Run: ${event.passed} / ${event.total} passed (${verdictWords(event.verdict)}).`, detail: failureDetail(event) };
    case 'submitted':
      return { kind: 'submit', text: `Submit: ${event.passed} / ${event.total} hidden tests (${verdictWords(event.verdict)}).`, detail: failureDetail(event) };
    case 'custom_test_saved':
      return { kind: 'custom_test', text: `Added own test ${event.args}.`, detail: event.expected === null ? null : `expecting ${event.expected}` };
    case 'hint_revealed':
      return { kind: 'hint', text: `Revealed hint ${event.index + 1}.`, detail: event.text };
    case 'followup_answered':
      return { kind: 'followup', text: `Follow-up "${event.question}"`, detail: event.answer };
    case 'gave_up':
      return { kind: 'end', text: 'Gave up.', detail: null };
    case 'time_expired':
      return { kind: 'end', text: 'Time ran out.', detail: null };
    case 'session_ended':
      // "Gave up." and "Time ran out." already say how it ended.
      if (event.outcome === 'gave_up' || event.outcome === 'expired') return null;
      return { kind: 'end', text: `Ended: ${event.outcome}.`, detail: null };
    default:
      return null;
  }
}

function planText(event: Extract<SessionEvent, { type: 'plan_updated' }>): Omit<TimelineEntry, 't' | 'clock'> {
  const complexity = [event.plan.timeComplexity, event.plan.spaceComplexity].filter((s) => s !== '').join(' time, ');
  const approach = event.plan.approach.trim();
  return { kind: 'plan', text: `Plan: "${approach === '' ? '(no approach written)' : approach}"`, detail: complexity === '' ? null : `${complexity} space` };
}

function absenceText(a: Absence): Omit<TimelineEntry, 't' | 'clock'> {
  const length = a.wallMs === null ? '' : ` for ${formatDuration(a.wallMs)}`;
  return a.byUser
    ? { kind: 'pause', text: a.wallMs === null ? 'Paused.' : `Paused${length} (not counted).`, detail: null }
    : { kind: 'away', text: `Away${length} (editor closed, reloaded or asleep; not counted).`, detail: null };
}

export function timeline(log: SessionLog, questionOf: ClarificationQuestion = () => undefined): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const push = (t: number, described: Omit<TimelineEntry, 't' | 'clock'>): void => {
    entries.push({ t, clock: formatClock(t), ...described });
  };
  const away = new Map(absences(log).map((a) => [a.seq, a]));
  const events = log.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const absence = away.get(event.seq);
    if (absence !== undefined) {
      push(event.t, absenceText(absence));
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
      const text = planText(last);
      push(event.t, edits === 1 ? text : { ...text, text: `Plan edited from ${formatClock(event.t)} to ${formatClock(last.t)}: ${text.text.replace(/^Plan: /, '')}` });
      continue;
    }
    const described = describe(event, questionOf);
    if (described !== null) push(event.t, described);
  }
  return entries;
}
