/**
 * The truth table's machinery: each case is a scripted Two Sum session (test/builders LogBuilder), the
 * facts its debrief and History must state, and the statements they must not make. The debrief is
 * read as the candidate reads it (the Markdown export plus the webview's extra lines); History as the
 * overview shows it after the same session was played twice, two days apart.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildDebrief } from '../../../../src/core/debrief/debrief';
import type { Debrief } from '../../../../src/core/debrief/debrief';
import { debriefMarkdown } from '../../../../src/ui/debrief/markdown';
import { summariseSession } from '../../../../src/core/history/sessionSummary';
import type { SessionEvent } from '../../../../src/core/events';
import type { SelfReviewDimension } from '../../../../src/vocabulary/interview';
import { suggestNext } from '../../../../src/core/history/reviewSchedule';
import type { Verdict } from '../../../../src/vocabulary/verdicts';
import { loadProblem } from '../../../../src/problems/loader';
import type { Problem } from '../../../../src/problems/types';
import { debriefView } from '../../../../src/ui/debrief/debriefView';
import { scoreReasonLine } from '../../../../src/ui/debrief/scoreWords';
import { historyOverview } from '../../../../src/ui/history/historyOverview';
import { suggestionReasonWords } from '../../../../src/ui/history/historyWords';
import { LogBuilder } from '../../../builders/sessionLog';
import type { TestSpec } from '../../../builders/sessionLog';

export const SEC = 1000;
export const MIN = 60_000;
const DAY = 86_400_000;
const START_AT = Date.UTC(2026, 10, 20, 19, 0);

export type Expectation = string | RegExp;

export interface TruthCase {
  name: string;
  /** The session, scripted on a Two Sum log (budgets 3 / 5 / 12 / 5 minutes, 25 overall). */
  play?: (log: LogBuilder, tests: TwoSumTests) => LogBuilder;
  /** Scripts that need the real engine (reloads) give the events directly instead. */
  events?: () => SessionEvent[];
  /** Evidence scores; null is "not enough evidence". Dimensions left out are not checked. */
  scores?: Partial<Record<SelfReviewDimension, number | null>>;
  debriefMust: Expectation[];
  debriefMustNot: Expectation[];
  historyMust: Expectation[];
  historyMustNot: Expectation[];
}

/** Test results shaped as the judge reports them for Two Sum, from its real tests.json labels. */
export class TwoSumTests {
  constructor(private readonly problem: Problem) {}

  /** The three statement examples, as Run reports them. */
  examples(...verdicts: Verdict[]): TestSpec[] {
    return this.problem.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, label: t.label, source: 'visible' as const, verdict: verdicts[i] ?? verdicts[0] ?? 'accepted' }));
  }

  /** Examples plus every hidden test, as Submit reports them; `verdictOf` picks each hidden test's verdict by label. */
  submit(verdictOf: (label: string) => Verdict = () => 'accepted', examples: Verdict = 'accepted'): TestSpec[] {
    const hidden = this.problem.tests.hidden.map((t, i) => ({ id: `hidden-${i + 1}`, label: t.label, source: 'hidden' as const, verdict: verdictOf(t.label) }));
    return [...this.examples(examples), ...hidden];
  }

  /** Every test of a submit with the same verdict: a compile error, an infinite loop. */
  submitAll(verdict: Verdict): TestSpec[] {
    return this.submit(() => verdict, verdict);
  }

  own(label: string, verdict: Verdict = 'accepted'): TestSpec {
    return { id: `own-${label}`, label, source: 'custom', verdict };
  }
}

export function twoSumLog(sessionId: string, startAt = START_AT): LogBuilder {
  return new LogBuilder({
    sessionId,
    problemId: 'two-sum',
    title: 'Two Sum',
    difficulty: 'easy',
    topics: ['array', 'hash-map'],
    budgetMinutes: { clarify: 3, plan: 5, code: 12, test: 5 },
    overallLimitMinutes: 25,
    startAt,
  });
}

export async function loadTwoSum(): Promise<Problem> {
  const loaded = await loadProblem(join(__dirname, '../../../../problems/two-sum'), 'bundled');
  if (!loaded.ok) throw new Error(`two-sum did not load: ${JSON.stringify(loaded.broken.issues)}`);
  return loaded.problem;
}

/** Problems History may suggest: Two Sum and one never-tried problem in each of its topics. */
const CATALOGUE = [
  { id: 'two-sum', title: 'Two Sum', difficulty: 'easy' as const, topics: ['array', 'hash-map'] },
  { id: 'best-time-to-buy-and-sell-stock', title: 'Best Time to Buy and Sell Stock', difficulty: 'easy' as const, topics: ['array'] },
  { id: 'group-anagrams', title: 'Group Anagrams', difficulty: 'medium' as const, topics: ['hash-map', 'string'] },
];

/** Everything the debrief says, one statement per line. */
export function debriefText(d: Debrief): string {
  const view = debriefView(d, () => '2026-11-20 19:00');
  return [
    debriefMarkdown(d, { formatDate: () => '2026-11-20 19:00' }),
    view.subtitle,
    ...view.phaseNotes,
    ...view.testing,
    ...view.scores.map((s) => `${s.title}: ${s.evidence === null ? 'not enough evidence' : String(s.evidence)} — ${s.reason} [${s.basis.join('; ')}]`),
  ].join('\n');
}

/** Everything History says after the session was played twice (day 0 and day 2), read on day 3. */
export async function historyText(play: (id: string, startAt: number) => SessionEvent[], problem: Problem): Promise<string> {
  const summaries = [summariseSession(play('first', START_AT), problem.meta), summariseSession(play('second', START_AT + 2 * DAY), problem.meta)];
  const now = START_AT + 3 * DAY;
  const view = await historyOverview(summaries, CATALOGUE, now);
  const next = await suggestNext(summaries, CATALOGUE, now);
  return [
    ...view.weaknesses,
    next === null ? 'Next: nothing' : `Next: ${next.title} — ${suggestionReasonWords(next)}`,
    ...view.calibration.map((c) => `Calibration ${c.title}: ${c.mean === null ? 'not enough evidence' : String(c.mean)} over ${c.sessions} sessions`),
    ...view.schedule.map((s) => `Review ${s.title}: ${s.due}, ${s.lastGrade}, ${s.reason}`),
    ...view.recent.map((r) => `Session ${r.title}: ${r.outcome}, ${r.active}`),
  ].join('\n');
}

function holds(text: string, e: Expectation): boolean {
  return typeof e === 'string' ? text.includes(e) : e.test(text);
}

export function truthTable(title: string, cases: readonly TruthCase[]): void {
  describe(title, () => {
    let problem: Problem;
    before(async () => {
      problem = await loadTwoSum();
    });

    for (const c of cases) {
      it(c.name, async () => {
        const tests = new TwoSumTests(problem);
        const play = (id: string, startAt: number): SessionEvent[] => {
          const scripted = c.events?.();
          if (scripted === undefined) {
            if (c.play === undefined) throw new Error(`${c.name}: give play or events`);
            return c.play(twoSumLog(id, startAt), tests).build();
          }
          // An engine-written log keeps its events; only its id and start move, as a second sitting would.
          const shift = startAt - (scripted[0]?.at ?? startAt);
          return scripted.map((e) => (e.type === 'session_started' ? { ...e, sessionId: id, at: e.at + shift } : { ...e, at: e.at + shift }));
        };
        const d = buildDebrief(play('case', START_AT), problem.meta);
        const debrief = debriefText(d);
        const history = await historyText(play, problem);
        for (const [dimension, expected] of Object.entries(c.scores ?? {})) {
          const actual = d.evidence.find((e) => e.dimension === dimension);
          assert.equal(actual?.score, expected, `${dimension}: ${actual === undefined ? 'missing' : scoreReasonLine(actual)}`);
        }
        for (const e of c.debriefMust) assert.ok(holds(debrief, e), `the debrief must state ${String(e)}\n---\n${debrief}`);
        for (const e of c.debriefMustNot) assert.ok(!holds(debrief, e), `the debrief must not state ${String(e)}\n---\n${debrief}`);
        for (const e of c.historyMust) assert.ok(holds(history, e), `History must state ${String(e)}\n---\n${history}`);
        for (const e of c.historyMustNot) assert.ok(!holds(history, e), `History must not state ${String(e)}\n---\n${history}`);
      });
    }
  });
}
