/**
 * What the debrief measures beyond verdicts: how a solution's time grows with the input (against the
 * reference's growth on the same inputs), and how many of the reference's mutants the user's own tests
 * catch. Both run in the same sandbox as judging, through the judge's worker.
 */
import type { Problem } from '../problems/types';
import { isGeneratedTest } from '../problems/types';
import { entryCall } from './calls';
import type { PlannedTest } from './plannedTests';
import type { SandboxBatch, SandboxOutcome } from './protocol';
import type { ReferenceOutputs } from './referenceOutputs';
import { fitGrowth, type ScalingReport } from './scaling';
import { type Language, prepareSource } from './solutionSource';
import type { JudgeReport } from '../vocabulary/verdicts';

/** A test the user wrote. Without `expected`, the reference solution decides the expected value. */
export interface CustomTest {
  id?: string;
  label: string;
  args: unknown[];
  expected?: unknown;
}

export interface MutantResult {
  file: string;
  bug: string;
  exposedBy: string;
  /** The first custom test whose output differed from the reference's. */
  caughtBy?: string;
}

export interface TestStrengthReport {
  caught: MutantResult[];
  missed: MutantResult[];
  /** Custom tests the reference itself could not run (invalid input); they catch nothing. */
  unusableTests: string[];
}

/** What measuring needs of the judge: its sandboxes, the reference's answers, limits, and judging planned tests. */
export interface MeasuringJudge {
  /** The problem's own scripts (reference, generator), always JavaScript in the QuickJS worker. */
  runBatch(batch: SandboxBatch): Promise<SandboxOutcome[]>;
  /** The candidate's solution, in its language's sandbox. */
  runSolutionBatch(language: Language, batch: SandboxBatch): Promise<SandboxOutcome[]>;
  /** A JavaScript-calibrated limit made fair to the solution's language. */
  limitFor(language: Language, limitMs: number): number;
  readonly references: ReferenceOutputs;
  timeLimitMs(problem: Problem): number;
  runPlanned(problem: Problem, source: string, language: Language, tests: PlannedTest[]): Promise<JudgeReport>;
}

/**
 * Runs the solution and the reference on the same generated inputs of doubling size, from 1/64 of
 * the problem's largest generated test up to it, and fits how the solution's time grows. The
 * reference's times go with each point so the debrief can judge growth relative to them: QuickJS's
 * garbage collector makes even linear code look superlinear in absolute terms. Stops once the
 * solution takes a quarter of the limit (the next doubling would only time out) or the budget is spent.
 * The input's JSON length is the measured size, so a generator that caps sizes is noticed.
 */
export async function measureScaling(
  judge: MeasuringJudge,
  problem: Problem,
  source: string,
  language: Language,
  options: { baseSize?: number; maxSize?: number; budgetMs?: number } = {},
): Promise<ScalingReport> {
  const prepared = prepareSource(source, language);
  const generated = problem.tests.hidden.filter(isGeneratedTest);
  const largest = Math.max(1000, ...generated.map((t) => t.generate.size));
  // Sizes are drawn without a shape; a generator that knows only its named shapes (reconstruct-itinerary
  // threw "unknown shape undefined", and the debrief lost its scaling and planted-bug figures) gets the
  // shape of the problem's largest generated test instead.
  const largestShape = generated.reduce<(typeof generated)[number] | undefined>((a, t) => (a === undefined || t.generate.size > a.generate.size ? t : a), undefined)?.generate.shape;
  let shape: string | undefined;
  const inputAt = async (size: number): Promise<string> => {
    const input = { size, seed: 7919 + size, ...(shape === undefined ? {} : { shape }) };
    try {
      return await judge.references.generateInput(problem, input);
    } catch (error) {
      if (shape !== undefined || largestShape === undefined || points.length > 0) throw error;
      shape = largestShape;
      return judge.references.generateInput(problem, { ...input, shape });
    }
  };
  const base = options.baseSize ?? Math.max(16, Math.floor(largest / 64));
  const maxSize = options.maxSize ?? Math.max(base * 8, largest);
  const budget = options.budgetMs ?? 8000;
  const limit = judge.limitFor(language, Math.max(judge.timeLimitMs(problem) * 2, 2000));
  const points: ScalingReport['points'] = [];
  const started = performance.now();
  let note: string | undefined;
  // Three runs per point while runs are quick: the fastest is the least disturbed by the shared machine.
  let repeats = 3;
  let lastStepMs = 0;
  for (let size = base; size <= maxSize; size *= 2) {
    // A doubled input costs at least twice the last step; with three points a fit is already possible.
    const elapsed = performance.now() - started;
    if (elapsed > budget || (points.length >= 3 && elapsed + 2 * lastStepMs > budget)) {
      note = 'stopped early: the time budget for measuring was spent';
      break;
    }
    const stepStarted = performance.now();
    const argsJson = await inputAt(size);
    const calls = Array.from({ length: repeats }, () => entryCall(problem, argsJson));
    const referenceTimes = (await judge.runBatch(judge.references.referenceBatch(problem, calls))).filter((o) => o.status === 'returned').map((o) => o.timeMs);
    const outcomes = await judge.runSolutionBatch(language, { script: prepared.script, fileName: prepared.fileName, typescript: prepared.typescript, libraries: prepared.libraries, builtins: prepared.builtins, calls, timeLimitMs: limit });
    const referenceMs = referenceTimes.length > 0 ? { referenceMs: Math.min(...referenceTimes) } : {};
    const times = outcomes.filter((o) => o.status === 'returned').map((o) => o.timeMs);
    if (times.length === 0) {
      const first = outcomes[0];
      note = `stopped at size ${size}: ${first?.status === 'failed' ? first.message : 'no result'}`;
      if (first?.status === 'failed' && first.failure === 'time') points.push({ size, inputChars: argsJson.length, timeMs: limit, ...referenceMs, timedOut: true });
      break;
    }
    const timeMs = Math.min(...times);
    points.push({ size, inputChars: argsJson.length, timeMs, ...referenceMs });
    lastStepMs = performance.now() - stepStarted;
    if (timeMs >= limit / 4) break;
    if (timeMs >= 200) repeats = 1;
  }
  const fit = fitGrowth(points);
  return { points, ...fit, ...(note !== undefined && fit.note === undefined ? { note } : {}) };
}

/**
 * Runs the user's tests against each mutant of the reference: a mutant is caught when one test's
 * output differs from the reference's (or the mutant fails, times out, crashes).
 */
export async function measureTestStrength(judge: MeasuringJudge, problem: Problem, customTests: CustomTest[]): Promise<TestStrengthReport> {
  const usable: { label: string; argsJson: string; expectedJson: string }[] = [];
  const unusableTests: string[] = [];
  for (const t of customTests) {
    const argsJson = JSON.stringify(t.args);
    try {
      usable.push({ label: t.label, argsJson, expectedJson: await judge.references.outputJson(problem, argsJson) });
    } catch {
      unusableTests.push(t.label);
    }
  }
  const caught: MutantResult[] = [];
  const missed: MutantResult[] = [];
  for (const mutant of problem.mutants) {
    const info = { file: mutant.info.file, bug: mutant.info.bug, exposedBy: mutant.info.exposedBy };
    if (usable.length === 0) {
      missed.push(info);
      continue;
    }
    const report = await judge.runPlanned(
      problem,
      mutant.source,
      'javascript',
      usable.map((t, i) => ({ id: `custom-${i + 1}`, label: t.label, source: 'custom', argsJson: t.argsJson, expectedJson: t.expectedJson })),
    );
    const catching = report.tests.find((r) => r.verdict !== 'accepted');
    if (catching) caught.push({ ...info, caughtBy: catching.label });
    else missed.push(info);
  }
  return { caught, missed, unusableTests };
}
