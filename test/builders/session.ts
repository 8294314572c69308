import type { JudgeReport, TestResult, Verdict } from '../../src/vocabulary/verdicts';
import type { Mode, PlanSnapshot } from '../../src/core/events';
import { InterviewSession } from '../../src/core/session';
import type { ProblemInfo, SessionDeps, StartOptions } from '../../src/core/sessionContract';
import { ManualClock } from './clock';
import { EMPTY_PLAN } from './sessionLog';
import { tempStore } from './store';

export const TWO_SUM: ProblemInfo = { id: 'two-sum', title: 'Two Sum', difficulty: 'easy', topics: ['array', 'hash-table'] };

export interface LiveSession {
  session: InterviewSession;
  clock: ManualClock;
  store: ReturnType<typeof tempStore>;
  /** Closes the session (if open) and deletes the store. */
  dispose(): void;
}

/** A real session on a manual clock in a temporary store. */
export function startLiveSession(mode: Mode = 'practice', options: Partial<StartOptions> = {}, deps: Partial<SessionDeps> = {}): LiveSession {
  const store = tempStore();
  const clock = new ManualClock();
  const session = InterviewSession.start({ problem: TWO_SUM, language: 'javascript', mode, ...options }, { store, clock, ...deps });
  return {
    session,
    clock,
    store,
    dispose: () => {
      session.close();
      store.dispose();
    },
  };
}

export function judgeReport(verdicts: Verdict[], source: TestResult['source'] = 'visible'): JudgeReport {
  const tests: TestResult[] = verdicts.map((verdict, i) => ({ id: `${source}-${i + 1}`, label: `case ${i + 1}`, source, verdict, timeMs: 2 }));
  return {
    problemId: TWO_SUM.id,
    verdict: tests.find((t) => t.verdict !== 'accepted')?.verdict ?? 'accepted',
    passed: tests.filter((t) => t.verdict === 'accepted').length,
    total: tests.length,
    timeMs: tests.length * 2,
    tests,
  };
}

/** A report of visible examples plus one custom test, as Run produces in the test phase. */
export function reportWithCustom(verdict: Verdict = 'accepted'): JudgeReport {
  const base = judgeReport(['accepted', 'accepted']);
  const custom: TestResult = { id: 'mine-1', label: 'empty', source: 'custom', verdict, timeMs: 1 };
  return { ...base, verdict: verdict, passed: base.passed + (verdict === 'accepted' ? 1 : 0), total: base.total + 1, tests: [...base.tests, custom] };
}

export function plan(fields: Partial<PlanSnapshot>): PlanSnapshot {
  return { ...EMPTY_PLAN, ...fields };
}

export const COMPLETE_PLAN = plan({ approach: 'one pass with a hash map of value to index', timeComplexity: 'O(n)', spaceComplexity: 'O(n)' });
