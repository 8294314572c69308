/** The session retold in order, one entry per thing that happened, each at its mm:ss from the start. */
import type { SessionEvent } from '../events';
import { formatClock, formatDuration } from './clock';
import { inputKind } from './sessionLog';
import type { SessionLog } from './sessionLog';

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
  | 'break'
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

function failedKinds(tests: readonly { label: string; verdict: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const test of tests) {
    if (test.verdict === 'accepted') continue;
    const kind = inputKind(test.label);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return `failed: ${[...counts].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ')}`;
}

function describe(event: SessionEvent, log: SessionLog): Omit<TimelineEntry, 't' | 'clock'> | null {
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
      return { kind: 'question', text: event.clarificationId === null ? 'Answered the ask-back: neither.' : 'Answered the ask-back with a choice.', detail: event.answer };
    case 'no_questions':
      return { kind: 'question', text: 'Said there were no questions.', detail: null };
    case 'assumption_set':
      return { kind: 'assumption', text: `Assumed "${event.text}".`, detail: null };
    case 'plan_updated': {
      const complexity = [event.plan.timeComplexity, event.plan.spaceComplexity].filter((s) => s !== '').join(' time, ');
      const approach = event.plan.approach.trim();
      return { kind: 'plan', text: `Plan: "${approach === '' ? '(no approach written)' : approach}"`, detail: complexity === '' ? null : `${complexity} space` };
    }
    case 'note_added':
      return { kind: 'note', text: `Note: "${event.text}"`, detail: null };
    case 'run_completed':
      return { kind: 'run', text: `Run: ${event.passed} / ${event.total} passed (${verdictWords(event.verdict)}).`, detail: failedKinds(event.tests) };
    case 'submitted':
      return { kind: 'submit', text: `Submit: ${event.passed} / ${event.total} hidden tests (${verdictWords(event.verdict)}).`, detail: failedKinds(event.tests) };
    case 'custom_test_saved':
      return { kind: 'custom_test', text: `Added own test ${event.args}.`, detail: event.expected === null ? null : `expecting ${event.expected}` };
    case 'hint_revealed':
      return { kind: 'hint', text: `Revealed hint ${event.index + 1}.`, detail: event.text };
    case 'paused': {
      const resumed = log.events.find((e) => e.seq > event.seq && e.type === 'resumed');
      return { kind: 'pause', text: resumed === undefined ? 'Paused.' : `Paused for ${formatDuration(resumed.at - event.at)}.`, detail: null };
    }
    case 'break_detected':
      return { kind: 'break', text: `Away for ${formatDuration(event.gapMs)} (not counted).`, detail: null };
    case 'followup_answered':
      return { kind: 'followup', text: `Follow-up "${event.question}"`, detail: event.answer };
    case 'gave_up':
      return { kind: 'end', text: 'Gave up.', detail: null };
    case 'time_expired':
      return { kind: 'end', text: 'Time ran out.', detail: null };
    case 'session_ended':
      return { kind: 'end', text: `Ended: ${event.outcome.replace('_', ' ')}.`, detail: null };
    default:
      return null;
  }
}

export function timeline(log: SessionLog): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of log.events) {
    const described = describe(event, log);
    if (described !== null) entries.push({ t: event.t, clock: formatClock(event.t), ...described });
  }
  return entries;
}
