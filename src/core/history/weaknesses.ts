/**
 * Recurring weaknesses: the same improvement rule firing, or the same kind of input failing, across the
 * most recent sessions, each stated with its count so the claim can be checked.
 */
import type { RuleId } from '../debrief/rules';
import type { SessionSummary } from './sessionSummary';

export const RECENT_SESSIONS = 5;

/** How a rule reads when it recurs: "skipped clarifying" in "… in 4 of the last 5 sessions". */
const RECURRING_PHRASES: Partial<Record<RuleId, string>> = {
  'key-questions-missed': 'skipped key clarifying questions',
  'coded-before-key-question': 'started coding before a key question, then failed those tests',
  'no-plan-before-code': 'started coding without a written plan',
  'plan-slower-than-expected': 'planned a slower complexity than expected',
  'max-size-tests-failed': 'failed the largest hidden tests',
  'measured-growth-slower': 'wrote a solution that grows faster than expected',
  'submitted-without-running': 'submitted without running first',
  'no-own-test-before-submit': 'submitted without running an own test',
  'mutants-missed': 'let planted bugs through your tests',
  'input-kind-failed-repeatedly': 'failed the same kind of input repeatedly while other inputs passed',
  'solution-failed-every-test': 'had runs where no test passed (the whole solution failed: compile error, timeout or crash)',
  'silent-coding': 'coded in long silent stretches',
  'phase-over-budget': 'ran a phase over budget',
  'hints-revealed': 'needed hints',
  'gave-up': 'gave up',
  'time-expired': 'ran out of time',
};

export interface Weakness {
  id: string;
  kind: 'habit' | 'input';
  count: number;
  of: number;
  sentence: string;
  /** Topics of the sessions it appeared in, for suggesting practice. */
  topics: string[];
}

export function recurringWeaknesses(sessions: readonly SessionSummary[], recent = RECENT_SESSIONS, minCount = 2): Weakness[] {
  const window = [...sessions].sort((a, b) => b.startedAt - a.startedAt).slice(0, recent);
  const of = window.length;
  const found: Weakness[] = [];
  const habits = new Map<RuleId, SessionSummary[]>();
  const inputs = new Map<string, SessionSummary[]>();
  for (const s of window) {
    for (const id of new Set(s.improvements)) habits.set(id, [...(habits.get(id) ?? []), s]);
    for (const kind of new Set(s.failedKinds)) inputs.set(kind, [...(inputs.get(kind) ?? []), s]);
  }
  for (const [id, hits] of habits) {
    const phrase = RECURRING_PHRASES[id];
    if (phrase === undefined || hits.length < minCount) continue;
    found.push({
      id,
      kind: 'habit',
      count: hits.length,
      of,
      sentence: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} in ${hits.length} of the last ${of} sessions`,
      topics: [...new Set(hits.flatMap((s) => s.topics))],
    });
  }
  for (const [kind, hits] of inputs) {
    if (hits.length < minCount) continue;
    found.push({
      id: `input:${kind}`,
      kind: 'input',
      count: hits.length,
      of,
      sentence: `Hidden tests of ${kind} input failed while other tests passed in ${hits.length} of the last ${of} sessions`,
      topics: [...new Set(hits.flatMap((s) => s.topics))],
    });
  }
  return found.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
