/**
 * The judge the UI and CLI call: runs a solution against tests in the QuickJS worker and turns
 * outcomes into verdicts. Expected values for generated and custom tests come from the problem's
 * reference solution, run in the same sandbox (referenceOutputs.ts); running and verdicts live in
 * plannedTests.ts, the debrief's measurements in measurements.ts. This class plans and delegates.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { GeneratorInput, Problem } from '../problems/types';
import { isGeneratedTest } from '../problems/types';
import { entryCall } from './calls';
import { buildDebugScript } from './debugScript';
import { judgeEfficiency } from './efficiency';
import { expectedFingerprint, generatedInputs, generatedTestKey, MAX_STORED_TEST_CHARS, type StoredExpected } from './expectedStore';
import { checkInputs, type InputCheck } from './inputCheck';
import { type CustomTest, type MeasuringJudge, measureScaling, measureTestStrength, type TestStrengthReport } from './measurements';
import { type LiteralTestToRun, type PlannedTest, runPlannedTests, visibleTests } from './plannedTests';
import type { SandboxBatch, SandboxOutcome } from './protocol';
import { MIN_REFERENCE_LIMIT_MS, ReferenceOutputs, referenceLimitMs } from './referenceOutputs';
import { loadSandboxLibraries } from './sandboxLibraries';
import type { ScalingReport } from './scaling';
import { type Language, prepareSource } from './solutionSource';
import { needsParityPass } from './engineParity';
import { type LineMap } from './transpile';
import type { EfficiencyReport, JudgeReport } from '../vocabulary/verdicts';
import { WorkerClient } from './workerClient';
import { pythonSandboxClient, pythonTimeLimitMs } from './python/pythonSandbox';

export type { CustomTest, MutantResult, TestStrengthReport } from './measurements';

/** A hidden test the generator makes, named as the report names it. */
export interface GeneratedTestToRun {
  id: string;
  label: string;
  generate: GeneratorInput;
}

export interface JudgeOptions {
  /** Path of the bundled worker (dist/worker.js); defaults to worker.js beside this bundle. */
  workerScript?: string;
  /** Multiplies every problem's time limit (slow machines, debugging). */
  timeLimitFactor?: number;
  log?: (message: string) => void;
  /** Where the build's expected outputs are (expectedStore.ts); defaults to beside the worker, false for none. */
  expectedStoreDirectory?: string | false;
}

function defaultWorkerScript(): string {
  const beside = join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  return join(__dirname, '..', '..', 'dist', 'worker.js');
}

export class Judge {
  private readonly client: WorkerClient;
  /** The Python sandbox process, started on the first Python batch or warm-up only. */
  private pythonClient: WorkerClient | undefined;
  private readonly workerScript: string;
  private readonly timeLimitFactor: number;
  private readonly references: ReferenceOutputs;
  private transpilerLoaded: Promise<void> | undefined;

  constructor(private readonly options: JudgeOptions = {}) {
    this.workerScript = resolve(options.workerScript ?? defaultWorkerScript());
    this.client = new WorkerClient({ workerScript: this.workerScript, ...(options.log ? { log: options.log } : {}) });
    this.timeLimitFactor = options.timeLimitFactor ?? 1;
    const store = options.expectedStoreDirectory ?? dirname(this.workerScript);
    this.references = new ReferenceOutputs(
      (batch) => this.client.runBatch(batch),
      (problem) => this.timeLimitMs(problem),
      store === false ? undefined : store,
    );
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
    const custom = customTests.map((t, i) => ({ id: t.id ?? `custom-${i + 1}`, label: t.label, source: 'custom' as const, args: t.args, expected: t.expected }));
    return this.judge(problem, source, language, [...visibleTests(problem), ...custom]);
  }

  /** Submit: the examples and every hidden test; every failure is reported, not only the first. */
  async submit(problem: Problem, source: string, language: Language): Promise<JudgeReport> {
    const hidden: Promise<PlannedTest>[] = problem.tests.hidden.map(async (t, i) => {
      const id = `hidden-${i + 1}`;
      if (!isGeneratedTest(t)) return { id, label: t.label, source: 'hidden' as const, argsJson: JSON.stringify(t.args), expectedJson: JSON.stringify(t.expected) };
      try {
        const generated = await this.references.generated(problem, t.generate);
        return { id, label: t.label, source: 'hidden' as const, ...generated };
      } catch (error) {
        return { id, label: t.label, source: 'hidden' as const, argsJson: '[]', setupError: (error as Error).message };
      }
    });
    const planned = await Promise.all([...this.planLiteral(problem, visibleTests(problem)), ...hidden]);
    return this.runPlanned(problem, source, language, planned);
  }

  /** The efficiency tier (inputs beyond the constraints) for a solution Submit accepted; undefined when the problem has none. */
  efficiency(problem: Problem, source: string, language: Language): Promise<EfficiencyReport | undefined> {
    return judgeEfficiency(this, problem, source, language);
  }

  /**
   * The efficiency tier's limit for a solution in `language`, scaled like the per-test limit (the machine's
   * factor, and Python's as every Python limit is); undefined without a tier. The reference is JavaScript.
   */
  efficiencyLimitMs(problem: Problem, language: Language = 'javascript'): number | undefined {
    const tier = problem.tests.efficiency;
    return tier === undefined ? undefined : this.limitFor(language, Math.max(1, Math.round(tier.timeLimitMs * this.timeLimitFactor)));
  }

  /** Runs arbitrary literal tests; the validator and the reliability runner use this too. */
  async judge(problem: Problem, source: string, language: Language, tests: LiteralTestToRun[], options: { timeLimitMs?: number } = {}): Promise<JudgeReport> {
    const planned = await Promise.all(this.planLiteral(problem, tests));
    return this.runPlanned(problem, source, language, planned, options.timeLimitMs);
  }

  /**
   * Generated tests run as the sandbox made them (JSON text): the efficiency tier's 10^5-element input
   * is neither parsed nor re-serialised on the host's thread, a stall of the editor at Submit.
   */
  async judgeGenerated(problem: Problem, source: string, language: Language, tests: GeneratedTestToRun[], options: { timeLimitMs?: number } = {}): Promise<JudgeReport> {
    const planned = await Promise.all(tests.map(async (t): Promise<PlannedTest> => ({ id: t.id, label: t.label, source: 'hidden', ...(await this.references.generated(problem, t.generate)) })));
    return this.runPlanned(problem, source, language, planned, options.timeLimitMs);
  }

  /** Literal tests with their expected values as JSON; a missing one is the reference's answer. */
  private planLiteral(problem: Problem, tests: LiteralTestToRun[]): Promise<PlannedTest>[] {
    return tests.map(async (t): Promise<PlannedTest> => {
      const argsJson = JSON.stringify(t.args);
      if (t.expected !== undefined) return { id: t.id, label: t.label, source: t.source, argsJson, expectedJson: JSON.stringify(t.expected) };
      try {
        return { id: t.id, label: t.label, source: t.source, argsJson, expectedJson: await this.references.outputJson(problem, argsJson) };
      } catch (error) {
        return { id: t.id, label: t.label, source: t.source, argsJson, setupError: (error as Error).message };
      }
    });
  }

  private async runPlanned(problem: Problem, source: string, language: Language, tests: PlannedTest[], timeLimitMs?: number): Promise<JudgeReport> {
    await this.loadTranspilerFor(source, language);
    const problemLimitMs = this.timeLimitMs(problem);
    const sandboxes = { solution: (batch: SandboxBatch) => this.sandboxFor(language).runBatch(batch), problemScripts: (batch: SandboxBatch) => this.client.runBatch(batch) };
    return runPlannedTests(sandboxes, { problem, source, language, tests, timeLimitMs: this.limitFor(language, timeLimitMs ?? problemLimitMs), problemLimitMs });
  }

  /**
   * A TypeScript solution, or JavaScript the engine-parity pass rewrites, goes through the worker's transpiler, whose
   * first load (3.5 MB, seconds on a loaded machine) would otherwise count against the first test's
   * watchdog: once the build stored every expected output, no reference batch loaded it earlier.
   */
  private async loadTranspilerFor(source: string, language: Language): Promise<void> {
    if (language === 'python' || (language === 'javascript' && !needsParityPass(source))) return;
    this.transpilerLoaded ??= this.transpile('', 'typescript').then(
      () => undefined,
      () => { this.transpilerLoaded = undefined; },
    );
    await this.transpilerLoaded;
  }

  /** The reference's answer for one input (JSON argument array), cached. */
  async referenceOutput(problem: Problem, argsJson: string): Promise<unknown> {
    return JSON.parse(await this.references.outputJson(problem, argsJson)) as unknown;
  }

  /** Generates one input with generator.js (seeded) and its expected value from the reference. */
  async generatedTest(problem: Problem, input: GeneratorInput): Promise<{ argsJson: string; expected: unknown }> {
    const { argsJson, expectedJson } = await this.references.generated(problem, input);
    return { argsJson, expected: JSON.parse(expectedJson) as unknown };
  }

  /**
   * Computes the expected outputs of every generated test the store lacks, one test at a time so a
   * Run the candidate starts meanwhile waits for one test at most: called when an interview starts,
   * so Submit never waits for the reference. Failures are left for Submit to report.
   */
  async prepareExpected(problem: Problem): Promise<void> {
    for (const input of generatedInputs(problem)) {
      try {
        await this.references.generated(problem, input);
      } catch {
        // Submit reports the same failure on the test it belongs to.
      }
    }
  }

  /** The problem's generated tests as the build stores them: small ones whole, large ones with a small answer by their answer (see expectedStore.ts). */
  async expectedForStore(problem: Problem): Promise<StoredExpected> {
    const tests: StoredExpected['tests'] = {};
    const outputs: Record<string, string> = {};
    for (const input of generatedInputs(problem)) {
      const generated = await this.references.generated(problem, input);
      if (generated.argsJson.length + generated.expectedJson.length <= MAX_STORED_TEST_CHARS) tests[generatedTestKey(input)] = generated;
      else if (generated.expectedJson.length <= MAX_STORED_TEST_CHARS) outputs[generatedTestKey(input)] = generated.expectedJson;
    }
    return { fingerprint: expectedFingerprint(problem), tests, outputs };
  }

  generateInput(problem: Problem, input: GeneratorInput): Promise<string> {
    return this.references.generateInput(problem, input);
  }

  /** validator.js's verdict on each input (a JSON argument array); see inputCheck.ts. */
  validateInputs(problem: Problem, argsJsons: string[]): Promise<InputCheck[]> {
    return checkInputs((batch) => this.client.runBatch(batch), problem, argsJsons, referenceLimitMs(this.timeLimitMs(problem)));
  }

  /** How the solution's time grows with the input, beside the reference's (see measurements.ts). */
  measureScaling(problem: Problem, source: string, language: Language, options: { baseSize?: number; maxSize?: number; budgetMs?: number } = {}): Promise<ScalingReport> {
    return measureScaling(this.measuring(), problem, source, language, options);
  }

  /** Which of the reference's mutants the user's tests catch (see measurements.ts). */
  measureTestStrength(problem: Problem, customTests: CustomTest[]): Promise<TestStrengthReport> {
    return measureTestStrength(this.measuring(), problem, customTests);
  }

  private measuring(): MeasuringJudge {
    return {
      runBatch: (batch: SandboxBatch): Promise<SandboxOutcome[]> => this.client.runBatch(batch),
      runSolutionBatch: (language: Language, batch: SandboxBatch): Promise<SandboxOutcome[]> => this.sandboxFor(language).runBatch(batch),
      limitFor: (language: Language, limitMs: number) => this.limitFor(language, limitMs),
      references: this.references,
      timeLimitMs: (problem) => this.timeLimitMs(problem),
      runPlanned: (problem, source, language, tests) => this.runPlanned(problem, source, language, tests),
    };
  }

  /**
   * "Debug Test": a standalone Node script running one test with the judge's harness, including the
   * bundled LeetCode libraries the solution mentions (read from beside the worker script).
   */
  async debugScript(problem: Problem, source: string, language: Language, args: unknown[]): Promise<{ script: string; solutionScript: string; lineMap: LineMap | null }> {
    if (language === 'python') throw new Error('a Python solution is debugged with pythonDebugScript, in the user\'s own Python');
    const libraries = loadSandboxLibraries(dirname(this.workerScript));
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
