/**
 * Recurring weaknesses: the same improvement rule firing, or the same kind of input failing, across the
 * most recent sessions, each stated with its count so the claim can be checked.
 */
import type { RuleId } from '../debrief/rules';
import type { SessionSummary } from './sessionSummary';

export const RECENT_SESSIONS = 5;

/** Rules that praise: they fire on good habits, so they never make a weakness. */
type PraiseRuleId = 'went-back-to-fix' | 'own-tests-before-first-submit' | 'clean-session';
export type HabitRuleId = Exclude<RuleId, PraiseRuleId>;
const PRAISE = new Set<RuleId>(['went-back-to-fix', 'own-tests-before-first-submit', 'clean-session'] satisfies PraiseRuleId[]);

function isHabit(id: RuleId): id is HabitRuleId {
  return !PRAISE.has(id);
}

/** Worded by src/ui/history/historyWords.ts: "Gave up in 3 of the last 5 sessions". */
export type Weakness = {
  id: string;
  count: number;
  of: number;
  /** Topics of the sessions it appeared in, for suggesting practice. */
  topics: string[];
} & ({ kind: 'habit'; ruleId: HabitRuleId } | { kind: 'input'; input: string });

export function recurringWeaknesses(sessions: readonly SessionSummary[], recent = RECENT_SESSIONS, minCount = 2): Weakness[] {
  const window = [...sessions].sort((a, b) => b.startedAt - a.startedAt).slice(0, recent);
  const of = window.length;
  const found: Weakness[] = [];
  const habits = new Map<HabitRuleId, SessionSummary[]>();
  const inputs = new Map<string, SessionSummary[]>();
  for (const s of window) {
    for (const id of new Set(s.improvements)) if (isHabit(id)) habits.set(id, [...(habits.get(id) ?? []), s]);
    for (const kind of new Set(s.failedKinds)) inputs.set(kind, [...(inputs.get(kind) ?? []), s]);
  }
  for (const [id, hits] of habits) {
    if (hits.length < minCount) continue;
    found.push({
      id,
      kind: 'habit',
      ruleId: id,
      count: hits.length,
      of,
      topics: [...new Set(hits.flatMap((s) => s.topics))],
    });
  }
  for (const [kind, hits] of inputs) {
    if (hits.length < minCount) continue;
    found.push({
      id: `input:${kind}`,
      kind: 'input',
      input: kind,
      count: hits.length,
      of,
      topics: [...new Set(hits.flatMap((s) => s.topics))],
    });
  }
  return found.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
