/**
 * The judge the UI and CLI call: runs a solution against tests in the QuickJS worker and turns
 * outcomes into verdicts. Expected values for generated and custom tests come from the problem's
 * reference solution, run in the same sandbox, and are cached per problem and input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../problems/types';
import { isGeneratedTest } from '../problems/types';
import { entryCall, fingerprint } from './calls';
import { buildDebugScript } from './debugScript';
import { compareAnswers, previewOf, type Tolerance } from './compare';
import { judgeEfficiency } from './efficiency';
import { checkInputs, type InputCheck } from './inputCheck';
import { type AnswerLimits, type BatchStop, type GuestCall, type SandboxBatch, type SandboxLibrary, type SandboxOutcome, submissionBudgetMs } from './protocol';
import { fitGrowth, type ScalingReport } from './scaling';
import { type Language, prepareSource } from './solutionSource';
import type { LineMap } from './transpile';
import { overallVerdict, type EfficiencyReport, type JudgeReport, type TestResult, type TestSource, type Verdict } from './verdicts';
import { WorkerClient } from './workerClient';
import { pythonSandboxClient, pythonTimeLimitMs } from './python/pythonSandbox';

export interface JudgeOptions {
  /** Path of the bundled worker (dist/worker.js); defaults to worker.js beside this bundle. */
  workerScript?: string;
  /** Multiplies every problem's time limit (slow machines, debugging). */
  timeLimitFactor?: number;
  log?: (message: string) => void;
}

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

/**
 * A test ready to run: arguments and, when known, the expected value as JSON text. Text, because the
 * worker compares and the report only previews: parsing and re-serialising sixty large expected
 * values on the host's thread was a visible stall.
 */
interface PlannedTest {
  id: string;
  label: string;
  source: TestSource;
  argsJson: string;
  expectedJson?: string;
  /** Why no expected value could be produced (the generator or reference failed). */
  setupError?: string;
}

const REFERENCE_TIME_FACTOR = 5;
const MIN_REFERENCE_LIMIT_MS = 3000;

function defaultWorkerScript(): string {
  const beside = join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  return join(__dirname, '..', '..', 'dist', 'worker.js');
}

/** An answer may be this many times the expected one's size before it is cut off inside the sandbox. */
const OUTPUT_SIZE_FACTOR = 8;
const MIN_OUTPUT_CAP_CHARS = 256 * 1024;

function toleranceOf(problem: Problem): Tolerance | undefined {
  const t = problem.meta.floatTolerance;
  return t === undefined ? undefined : { value: t.value, relative: t.relative === true };
}

/**
 * A call with a known expected value carries it to the worker, which compares there; and its answer
 * is capped near the expected size (no correct answer is eight times longer), so neither a huge
 * answer nor its comparison ever reaches the host.
 */
function answerLimits(problem: Problem, expectedJson: string | undefined): AnswerLimits {
  if (expectedJson === undefined) return {};
  const maxOutputChars = Math.max(MIN_OUTPUT_CAP_CHARS, OUTPUT_SIZE_FACTOR * expectedJson.length);
  const mode = problem.meta.compare;
  if (mode === 'any-valid') return { maxOutputChars };
  const tolerance = toleranceOf(problem);
  return { maxOutputChars, expect: { expectedJson, mode, ...(tolerance !== undefined ? { tolerance } : {}) } };
}

/** Why the tests after a stop were not run, in the words the report and the panel show. */
const STOP_REASONS: Record<BatchStop, string> = {
  compile: 'the solution does not compile',
  time: 'stopped at the first test over the time limit, as LeetCode does',
  memory: 'stopped at the first test over the memory limit, as LeetCode does',
  budget: 'the whole submission reached its time budget',
};

function failureVerdict(outcome: Extract<SandboxOutcome, { status: 'failed' }>): Verdict {
  switch (outcome.failure) {
    case 'compile':
      return 'compile_error';
    case 'time':
      return 'time_limit_exceeded';
    case 'memory':
      return 'memory_limit_exceeded';
    case 'output':
      return 'wrong_answer';
    case 'runtime':
      return 'runtime_error';
  }
}

export class Judge {
  private readonly client: WorkerClient;
  /** The Python sandbox process, started on the first Python batch or warm-up only. */
  private pythonClient: WorkerClient | undefined;
  private readonly workerScript: string;
  private readonly timeLimitFactor: number;
  private readonly expectedCache = new Map<string, { argsJson: string; expectedJson: string }>();

  constructor(private readonly options: JudgeOptions = {}) {
    this.workerScript = resolve(options.workerScript ?? defaultWorkerScript());
    this.client = new WorkerClient({ workerScript: this.workerScript, ...(options.log ? { log: options.log } : {}) });
    this.timeLimitFactor = options.timeLimitFactor ?? 1;
  }

  /**
   * Starts the worker and loads QuickJS, so the first Run does not pay for it; for a TypeScript
   * session also loads the transpiler, whose one-time load (about 40 ms) would otherwise land on
   * the host's event loop in the middle of the first Run.
   */
  async warm(options: { typescript?: boolean; python?: boolean } = {}): Promise<void> {
    if (options.python === true) return this.sandboxFor('python').warm();
    await this.client.warm();
    if (options.typescript === true) await this.transpile('', 'typescript');
  }

  /**
   * The one place a language picks its sandbox: QuickJS in a worker thread for JavaScript and
   * TypeScript, Pyodide in its own locked-down process for Python (see python/pythonProcess.ts).
   */
  private sandboxFor(language: Language): WorkerClient {
    if (language !== 'python') return this.client;
    this.pythonClient ??= pythonSandboxClient(this.workerScript, this.options.log);
    return this.pythonClient;
  }

  /** A JavaScript-calibrated limit made fair to the language (Python's is scaled, python/pythonSandbox.ts). */
  private limitFor(language: Language, limitMs: number): number {
    return language === 'python' ? pythonTimeLimitMs(limitMs) : limitMs;
  }

  /**
   * The script the sandbox runs for a source, and for TypeScript where each of its lines comes from;
   * transpiled in the worker (the host never parses the user's TypeScript).
   */
  async transpile(source: string, language: Language): Promise<{ script: string; lineMap: LineMap | null }> {
    const prepared = prepareSource(source, language);
    if (!prepared.typescript) return { script: prepared.script, lineMap: null };
    const [outcome] = await this.client.runBatch({
      script: prepared.script,
      fileName: prepared.fileName,
      typescript: true,
      libraries: [],
      calls: [{ kind: 'transpile' }],
      timeLimitMs: MIN_REFERENCE_LIMIT_MS,
    });
    if (outcome?.status !== 'returned') {
      const where = outcome?.status === 'failed' && outcome.line !== undefined ? ` (line ${outcome.line})` : '';
      throw new Error(`the solution does not compile${where}: ${outcome?.status === 'failed' ? outcome.message : 'no result'}`);
    }
    return JSON.parse(outcome.outputJson) as { script: string; lineMap: LineMap };
  }

  get workerStats(): Readonly<WorkerClient['stats']> {
    return this.client.stats;
  }

  timeLimitMs(problem: Problem): number {
    return Math.max(1, Math.round(problem.meta.timeLimitMs * this.timeLimitFactor));
  }

  /** Run: the statement's examples plus the user's own tests. */
  run(problem: Problem, source: string, language: Language, customTests: CustomTest[] = []): Promise<JudgeReport> {
    const visible = problem.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, label: t.label, source: 'visible' as const, args: t.args, expected: t.expected }));
    const custom = customTests.map((t, i) => ({ id: t.id ?? `custom-${i + 1}`, label: t.label, source: 'custom' as const, args: t.args, expected: t.expected }));
    return this.judge(problem, source, language, [...visible, ...custom]);
  }

  /** Submit: the examples and every hidden test; every failure is reported, not only the first. */
  async submit(problem: Problem, source: string, language: Language): Promise<JudgeReport> {
    const visible = problem.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, label: t.label, source: 'visible' as const, args: t.args, expected: t.expected }));
    const hidden: PlannedTest[] = await Promise.all(
      problem.tests.hidden.map(async (t, i) => {
        const id = `hidden-${i + 1}`;
        if (!isGeneratedTest(t)) return { id, label: t.label, source: 'hidden' as const, argsJson: JSON.stringify(t.args), expectedJson: JSON.stringify(t.expected) };
        try {
          const generated = await this.generatedJson(problem, t.generate.size, t.generate.seed);
          return { id, label: t.label, source: 'hidden' as const, ...generated };
        } catch (error) {
          return { id, label: t.label, source: 'hidden' as const, argsJson: '[]', setupError: (error as Error).message };
        }
      }),
    );
    const planned = visible.map((t) => ({ id: t.id, label: t.label, source: t.source, argsJson: JSON.stringify(t.args), expectedJson: JSON.stringify(t.expected) }));
    return this.judgePlanned(problem, source, language, [...planned, ...hidden]);
  }

  /** The efficiency tier (inputs beyond the constraints) for a solution Submit accepted; undefined when the problem has none. */
  efficiency(problem: Problem, source: string, language: Language): Promise<EfficiencyReport | undefined> {
    return judgeEfficiency(this, problem, source, language);
  }

  /** The efficiency tier's limit, scaled like the per-test limit; undefined without a tier. */
  efficiencyLimitMs(problem: Problem): number | undefined {
    const tier = problem.tests.efficiency;
    return tier === undefined ? undefined : Math.max(1, Math.round(tier.timeLimitMs * this.timeLimitFactor));
  }

  /** Runs arbitrary literal tests; the validator and the reliability runner use this too. */
  async judge(
    problem: Problem,
    source: string,
    language: Language,
    tests: { id: string; label: string; source: TestSource; args: unknown[]; expected?: unknown }[],
    options: { timeLimitMs?: number } = {},
  ): Promise<JudgeReport> {
    const planned = await Promise.all(
      tests.map(async (t): Promise<PlannedTest> => {
        const argsJson = JSON.stringify(t.args);
        if (t.expected !== undefined) return { id: t.id, label: t.label, source: t.source, argsJson, expectedJson: JSON.stringify(t.expected) };
        try {
          return { id: t.id, label: t.label, source: t.source, argsJson, expectedJson: await this.referenceOutputJson(problem, argsJson) };
        } catch (error) {
          return { id: t.id, label: t.label, source: t.source, argsJson, setupError: (error as Error).message };
        }
      }),
    );
    return this.judgePlanned(problem, source, language, planned, options.timeLimitMs);
  }

  /** The reference's answer for one input (JSON argument array), cached. */
  async referenceOutput(problem: Problem, argsJson: string): Promise<unknown> {
    return JSON.parse(await this.referenceOutputJson(problem, argsJson)) as unknown;
  }

  /** The same as JSON text, as the sandbox produced it: what judging needs, with no parse on the host. */
  private async referenceOutputJson(problem: Problem, argsJson: string): Promise<string> {
    const key = `ref\0${problem.meta.id}\0${fingerprint(problem.reference)}\0${argsJson}`;
    const cached = this.expectedCache.get(key);
    if (cached) return cached.expectedJson;
    const [outcome] = await this.client.runBatch(this.referenceBatch(problem, [entryCall(problem, argsJson)]));
    if (outcome?.status !== 'returned') {
      throw new Error(`the reference solution could not run this input: ${outcome?.status === 'failed' ? outcome.message : 'no result'}`);
    }
    this.expectedCache.set(key, { argsJson, expectedJson: outcome.outputJson });
    return outcome.outputJson;
  }

  /** Generates one input with generator.js (seeded) and its expected value from the reference. */
  async generatedTest(problem: Problem, size: number, seed: number): Promise<{ argsJson: string; expected: unknown }> {
    const { argsJson, expectedJson } = await this.generatedJson(problem, size, seed);
    return { argsJson, expected: JSON.parse(expectedJson) as unknown };
  }

  private async generatedJson(problem: Problem, size: number, seed: number): Promise<{ argsJson: string; expectedJson: string }> {
    const key = `gen\0${problem.meta.id}\0${fingerprint(problem.generator, problem.reference)}\0${size}\0${seed}`;
    const cached = this.expectedCache.get(key);
    if (cached) return cached;
    const argsJson = await this.generateInput(problem, size, seed);
    const entry = { argsJson, expectedJson: await this.referenceOutputJson(problem, argsJson) };
    this.expectedCache.set(key, entry);
    return entry;
  }

  async generateInput(problem: Problem, size: number, seed: number): Promise<string> {
    const [outcome] = await this.client.runBatch({
      script: problem.generator,
      fileName: 'generator.js',
      libraries: [],
      calls: [{ kind: 'generate', size, seed }],
      timeLimitMs: Math.max(MIN_REFERENCE_LIMIT_MS, this.timeLimitMs(problem) * REFERENCE_TIME_FACTOR),
    });
    if (outcome?.status !== 'returned') {
      throw new Error(`generator.js failed for size ${size}, seed ${seed}: ${outcome?.status === 'failed' ? outcome.message : 'no result'}`);
    }
    return outcome.outputJson;
  }

  private referenceBatch(problem: Problem, calls: GuestCall[]): SandboxBatch {
    const prepared = prepareSource(problem.reference, 'javascript');
    return {
      script: prepared.script,
      fileName: 'reference.js',
      libraries: prepared.libraries,
      builtins: prepared.builtins,
      calls,
      timeLimitMs: Math.max(MIN_REFERENCE_LIMIT_MS, this.timeLimitMs(problem) * REFERENCE_TIME_FACTOR),
    };
  }

  /**
   * Runs the solution on every planned test, failing fast: a compile error is reported once, and the
   * first test over the time or memory limit ends the run, as LeetCode's does; whatever the code
   * does, the whole run ends within the submission's budget. Tests not run are counted, not judged.
   */
  private async judgePlanned(problem: Problem, source: string, language: Language, tests: PlannedTest[], timeLimitMs?: number): Promise<JudgeReport> {
    const started = performance.now();
    const prepared = prepareSource(source, language);
    const runnable = tests.filter((t) => t.setupError === undefined);
    const limit = this.limitFor(language, timeLimitMs ?? this.timeLimitMs(problem));
    const outcomes = await this.sandboxFor(language).runBatch({
      script: prepared.script,
      fileName: prepared.fileName,
      typescript: prepared.typescript,
      libraries: prepared.libraries,
      builtins: prepared.builtins,
      calls: runnable.map((t) => ({ ...entryCall(problem, t.argsJson), ...answerLimits(problem, t.expectedJson) })),
      timeLimitMs: limit,
      failFast: true,
      budgetMs: submissionBudgetMs(limit),
    });
    const byId = new Map(runnable.map((t, i) => [t.id, outcomes[i]]));
    const checks = await this.checkAnyValid(problem, runnable, outcomes);
    const results: TestResult[] = [];
    let notRun = 0;
    let stoppedBy: BatchStop | undefined;
    for (const test of tests) {
      const outcome = byId.get(test.id);
      if (outcome?.status === 'not_run') {
        notRun++;
        stoppedBy = outcome.reason;
        continue;
      }
      if (outcome?.status === 'failed' && outcome.failure === 'compile') {
        // The same error for every test: it stands once, for the solution, not per test.
        results.push({ ...this.verdictFor(problem, test, outcome, undefined), id: 'compile', label: 'compiling the solution' });
        continue;
      }
      results.push(this.verdictFor(problem, test, outcome, checks.get(test.id)));
    }
    return {
      problemId: problem.meta.id,
      verdict: overallVerdict(results),
      passed: results.filter((r) => r.verdict === 'accepted').length,
      total: tests.length,
      timeMs: performance.now() - started,
      tests: results,
      ...(notRun > 0 ? { notRun, stoppedBy: STOP_REASONS[stoppedBy ?? 'budget'] } : {}),
    };
  }

  /** For any-valid problems, asks the checker about every returned answer, in one batch. */
  private async checkAnyValid(problem: Problem, tests: PlannedTest[], outcomes: SandboxOutcome[]): Promise<Map<string, true | string>> {
    const verdicts = new Map<string, true | string>();
    if (problem.meta.compare !== 'any-valid') return verdicts;
    const pending: { id: string; call: GuestCall }[] = [];
    tests.forEach((t, i) => {
      const outcome = outcomes[i];
      if (outcome?.status === 'returned') pending.push({ id: t.id, call: { kind: 'check', argsJson: t.argsJson, outputJson: outcome.outputJson } });
    });
    if (pending.length === 0) return verdicts;
    if (problem.checker === undefined) {
      for (const p of pending) verdicts.set(p.id, 'the problem has no checker.js');
      return verdicts;
    }
    const results = await this.client.runBatch({
      script: problem.checker,
      fileName: 'checker.js',
      libraries: [],
      calls: pending.map((p) => p.call),
      timeLimitMs: Math.max(MIN_REFERENCE_LIMIT_MS, this.timeLimitMs(problem) * REFERENCE_TIME_FACTOR),
    });
    pending.forEach((p, i) => {
      const r = results[i];
      if (r?.status !== 'returned') {
        verdicts.set(p.id, `the checker failed: ${r?.status === 'failed' ? r.message : 'no result'}`);
        return;
      }
      const value = JSON.parse(r.outputJson) as unknown;
      verdicts.set(p.id, value === true ? true : String(value));
    });
    return verdicts;
  }

  /** validator.js's verdict on each input (a JSON argument array); see inputCheck.ts. */
  validateInputs(problem: Problem, argsJsons: string[]): Promise<InputCheck[]> {
    const timeLimitMs = Math.max(MIN_REFERENCE_LIMIT_MS, this.timeLimitMs(problem) * REFERENCE_TIME_FACTOR);
    return checkInputs((batch) => this.client.runBatch(batch), problem, argsJsons, timeLimitMs);
  }

  /** What a result keeps of a test: previews, so a report of sixty 10^5-element tests stays small. */
  private describeTest(t: PlannedTest): Pick<TestResult, 'id' | 'label' | 'source' | 'input' | 'expected'> {
    return {
      id: t.id,
      label: t.label,
      source: t.source,
      input: previewOf(t.argsJson),
      ...(t.expectedJson !== undefined ? { expected: previewOf(t.expectedJson) } : {}),
    };
  }

  private verdictFor(problem: Problem, test: PlannedTest, outcome: SandboxOutcome | undefined, check: true | string | undefined): TestResult {
    const base = this.describeTest(test);
    const where = test.source === 'hidden' ? `hidden test "${test.label}"` : `test "${test.label}"`;
    if (test.setupError !== undefined || outcome === undefined) {
      return { ...base, verdict: 'runtime_error', timeMs: 0, message: `could not prepare ${where}: ${test.setupError ?? 'not run'}` };
    }
    if (outcome.status === 'not_run') {
      return { ...base, verdict: 'runtime_error', timeMs: 0, message: `${where} was not run: ${STOP_REASONS[outcome.reason]}` };
    }
    const common = { ...base, timeMs: outcome.timeMs, ...(outcome.console ? { console: outcome.console } : {}) };
    if (outcome.status === 'failed') {
      const verdict = failureVerdict(outcome);
      return {
        ...common,
        verdict,
        message: verdict === 'wrong_answer' ? `wrong answer on ${where}: ${outcome.message}` : outcome.message,
        ...(outcome.line !== undefined ? { position: { line: outcome.line, column: outcome.column ?? 1 } } : {}),
      };
    }
    const withActual = { ...common, actual: previewOf(outcome.outputJson) };
    const mode = problem.meta.compare;
    if (mode === 'any-valid') {
      if (check === true) return { ...withActual, verdict: 'accepted' };
      return { ...withActual, verdict: 'wrong_answer', message: `wrong answer on ${where}: ${check ?? 'not checked'}` };
    }
    // Judged in the worker when the expected value was known as the batch left; otherwise here.
    const expected = test.expectedJson === undefined ? undefined : (JSON.parse(test.expectedJson) as unknown);
    const comparison = outcome.comparison ?? compareAnswers(mode, JSON.parse(outcome.outputJson) as unknown, expected, toleranceOf(problem));
    if (comparison.equal) return { ...withActual, verdict: 'accepted' };
    return { ...withActual, verdict: 'wrong_answer', message: `wrong answer on ${where}: ${comparison.reason}` };
  }

  /**
   * Runs the solution and the reference on the same generated inputs of doubling size, from 1/64 of
   * the problem's largest generated test up to it, and fits how the solution's time grows. The
   * reference's times go with each point so the debrief can judge growth relative to them: QuickJS's
   * garbage collector makes even linear code look superlinear in absolute terms. Stops once the
   * solution takes a quarter of the limit (the next doubling would only time out) or the budget is spent.
   * The input's JSON length is the measured size, so a generator that caps sizes is noticed.
   */
  async measureScaling(
    problem: Problem,
    source: string,
    language: Language,
    options: { baseSize?: number; maxSize?: number; budgetMs?: number } = {},
  ): Promise<ScalingReport> {
    const prepared = prepareSource(source, language);
    const largest = Math.max(1000, ...problem.tests.hidden.filter(isGeneratedTest).map((t) => t.generate.size));
    const base = options.baseSize ?? Math.max(16, Math.floor(largest / 64));
    const maxSize = options.maxSize ?? Math.max(base * 8, largest);
    const budget = options.budgetMs ?? 8000;
    const limit = this.limitFor(language, Math.max(this.timeLimitMs(problem) * 2, 2000));
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
      const argsJson = await this.generateInput(problem, size, 7919 + size);
      const calls = Array.from({ length: repeats }, () => entryCall(problem, argsJson));
      const referenceTimes = (await this.client.runBatch(this.referenceBatch(problem, calls)))
        .filter((o) => o.status === 'returned')
        .map((o) => o.timeMs);
      const outcomes = await this.sandboxFor(language).runBatch({ script: prepared.script, fileName: prepared.fileName, typescript: prepared.typescript, libraries: prepared.libraries, builtins: prepared.builtins, calls, timeLimitMs: limit });
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
  async measureTestStrength(problem: Problem, customTests: CustomTest[]): Promise<TestStrengthReport> {
    const usable: { label: string; argsJson: string; expectedJson: string }[] = [];
    const unusableTests: string[] = [];
    for (const t of customTests) {
      const argsJson = JSON.stringify(t.args);
      try {
        usable.push({ label: t.label, argsJson, expectedJson: await this.referenceOutputJson(problem, argsJson) });
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
      const report = await this.judgePlanned(
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

  /**
   * "Debug Test": a standalone Node script running one test with the judge's harness, including the
   * bundled LeetCode libraries the solution mentions (read from beside the worker script).
   */
  async debugScript(problem: Problem, source: string, language: Language, args: unknown[]): Promise<{ script: string; solutionScript: string; lineMap: LineMap | null }> {
    if (language === 'python') throw new Error('a Python solution is debugged with pythonDebugScript, in the user\'s own Python');
    let libraries: Partial<Record<SandboxLibrary, string>> = {};
    try {
      libraries = JSON.parse(readFileSync(join(dirname(this.workerScript), 'sandbox-libraries.json'), 'utf8')) as Partial<Record<SandboxLibrary, string>>;
    } catch {
      // Without the bundle the script still runs solutions that use no library.
    }
    const { script: solutionScript, lineMap } = await this.transpile(source, language);
    const script = buildDebugScript(problem, { script: solutionScript, libraries: prepareSource(source, language).libraries }, args, libraries);
    return { script, solutionScript, lineMap };
  }

  /** Debug Test for Python: a script for the user's own Python 3 (python/debugScript.ts), loaded only when asked for. */
  async pythonDebugScript(problem: Problem, solutionPath: string, args: unknown[]): Promise<string> {
    // Dynamic: the harness's .py text is an esbuild text import, which the tests' TypeScript loader cannot read.
    const { buildPythonDebugScript }: typeof import('./python/debugScript') = await import('./python/debugScript.js');
    return buildPythonDebugScript(solutionPath, JSON.stringify(entryCall(problem, JSON.stringify(args))));
  }

  async dispose(): Promise<void> {
    await Promise.all([this.client.dispose(), this.pythonClient?.dispose()]);
  }
}
