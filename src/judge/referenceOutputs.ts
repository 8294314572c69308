/**
 * What the problem's own files say a test should produce: generator.js makes an input (seeded), the
 * reference solution answers it, both in the same sandbox as the user's code. Answers are cached per
 * problem and input, keyed by a fingerprint of the files they depend on, so an edited reference or
 * generator is never answered from a stale entry; generated tests come first from the build's store
 * (expectedStore.ts) when it is current for the problem.
 */
import type { GeneratorInput, Problem } from '../problems/types';
import { entryCall, fingerprint } from './calls';
import { type CurrentStore, currentStore, generatedTestKey } from './expectedStore';
import { type GuestCall, problemScriptTrust, type SandboxBatch, type SandboxOutcome } from './protocol';
import { prepareSource } from './solutionSource';

/** The reference and generator run under a generous limit: they are trusted to be right, not to be fast on a slow machine. */
const REFERENCE_TIME_FACTOR = 5;
export const MIN_REFERENCE_LIMIT_MS = 3000;

/** The limit for the problem's own scripts (reference, generator, checker, validator), from a solution's limit. */
export function referenceLimitMs(solutionLimitMs: number): number {
  return Math.max(MIN_REFERENCE_LIMIT_MS, solutionLimitMs * REFERENCE_TIME_FACTOR);
}

/** A generated test: the input the generator made and the reference's answer, both as JSON text. */
export interface GeneratedJson {
  argsJson: string;
  expectedJson: string;
}

export function failureMessage(outcome: SandboxOutcome | undefined): string {
  return outcome?.status === 'failed' ? outcome.message : 'no result';
}

export class ReferenceOutputs {
  private readonly cache = new Map<string, GeneratedJson>();
  private readonly storedByProblem = new WeakMap<Problem, CurrentStore | undefined>();

  constructor(
    private readonly runBatch: (batch: SandboxBatch) => Promise<SandboxOutcome[]>,
    private readonly timeLimitMs: (problem: Problem) => number,
    /** Where the build stored expected outputs (expectedStore.ts); none for user problems or a missing store. */
    private readonly storeDirectory?: string,
  ) {}

  /** The build's values for this problem, read once per problem and only when current. */
  private stored(problem: Problem): CurrentStore | undefined {
    if (this.storeDirectory === undefined) return undefined;
    if (!this.storedByProblem.has(problem)) this.storedByProblem.set(problem, currentStore(this.storeDirectory, problem));
    return this.storedByProblem.get(problem);
  }

  /** The reference's answer for one input (a JSON argument array) as the sandbox produced it, cached. */
  async outputJson(problem: Problem, argsJson: string): Promise<string> {
    const key = `ref\0${problem.meta.id}\0${fingerprint(problem.reference)}\0${argsJson}`;
    const cached = this.cache.get(key);
    if (cached) return cached.expectedJson;
    const [outcome] = await this.runBatch(this.referenceBatch(problem, [entryCall(problem, argsJson)]));
    if (outcome?.status !== 'returned') throw new Error(`the reference solution could not run this input: ${failureMessage(outcome)}`);
    this.cache.set(key, { argsJson, expectedJson: outcome.outputJson });
    return outcome.outputJson;
  }

  /** One generated test: generator.js's input and the reference's answer, cached. */
  async generated(problem: Problem, input: GeneratorInput): Promise<GeneratedJson> {
    const key = `gen\0${problem.meta.id}\0${fingerprint(problem.generator, problem.reference)}\0${input.size}\0${input.seed}\0${input.shape ?? ''}`;
    const cached = this.cache.get(key) ?? this.stored(problem)?.tests.get(generatedTestKey(input));
    if (cached) return cached;
    const argsJson = await this.generateInput(problem, input);
    const storedOutput = this.stored(problem)?.outputs.get(generatedTestKey(input));
    const entry = { argsJson, expectedJson: storedOutput ?? (await this.outputJson(problem, argsJson)) };
    this.cache.set(key, entry);
    return entry;
  }

  /** generator.js's input for a size, seed and shape, as JSON text. */
  async generateInput(problem: Problem, input: GeneratorInput): Promise<string> {
    const { size, seed, shape } = input;
    const [outcome] = await this.runBatch({
      script: problem.generator,
      fileName: 'generator.js',
      libraries: [],
      calls: [{ kind: 'generate', size, seed, ...(shape === undefined ? {} : { shape }) }],
      timeLimitMs: referenceLimitMs(this.timeLimitMs(problem)),
      ...problemScriptTrust(problem),
    });
    if (outcome?.status !== 'returned') {
      throw new Error(`generator.js failed for size ${size}, seed ${seed}${shape === undefined ? '' : `, shape "${shape}"`}: ${failureMessage(outcome)}`);
    }
    return outcome.outputJson;
  }

  /** A batch running the reference solution on `calls`. */
  referenceBatch(problem: Problem, calls: GuestCall[]): SandboxBatch {
    const prepared = prepareSource(problem.reference, 'javascript');
    return {
      script: prepared.script,
      fileName: 'reference.js',
      libraries: prepared.libraries,
      builtins: prepared.builtins,
      calls,
      timeLimitMs: referenceLimitMs(this.timeLimitMs(problem)),
    };
  }
}
