/**
 * Expected outputs of generated tests, computed when the bank is built (`npm run build` runs
 * `onsite expected`) rather than at the user's first Submit: dist/expected/<problem id>.json beside
 * the worker, one small file per problem so a Submit reads only its own.
 *
 * Each file carries a fingerprint of the reference, the generator and the generated test specs
 * (sizes, seeds, shapes); a file whose fingerprint differs is stale and is ignored, so an edited
 * problem is recomputed, never judged against old values. Only tests whose input and output are
 * small are stored (the bank must stay small); of a large test whose answer is small only the answer is
 * stored, and its input is generated again (seeded, so the same) without running the reference. The
 * rest are computed in the background when an interview starts (Judge.prepareExpected), as are user
 * problems, which have no store.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratorInput, Problem } from '../problems/types';
import { isGeneratedTest } from '../problems/types';
import { fingerprint } from './calls';
import type { GeneratedJson } from './referenceOutputs';

export const EXPECTED_STORE_DIR = 'expected';
/** Input plus output above this many characters is computed when needed instead of stored. */
export const MAX_STORED_TEST_CHARS = 8 * 1024;

export interface StoredExpected {
  fingerprint: string;
  tests: Record<string, GeneratedJson>;
  /** Expected outputs alone (JSON text), for generated tests whose input is too large to store. */
  outputs?: Record<string, string>;
}

/** What a current store gives the judge: whole tests, and answers to inputs it generates again. */
export interface CurrentStore {
  tests: Map<string, GeneratedJson>;
  outputs: Map<string, string>;
}

/** Part of the fingerprint, so stores written before a format change are recomputed, not half read. */
const STORE_FORMAT = 'tests+outputs';

/** Every generated input of a problem: hidden tests and the efficiency tier. */
export function generatedInputs(problem: Problem): GeneratorInput[] {
  return [...problem.tests.hidden.filter(isGeneratedTest).map((t) => t.generate), ...(problem.tests.efficiency?.tests ?? []).map((t) => t.generate)];
}

export function generatedTestKey(input: GeneratorInput): string {
  return `${input.size}/${input.seed}/${input.shape ?? ''}`;
}

/** What stored values depend on: the reference, the generator and which inputs are asked for. */
export function expectedFingerprint(problem: Problem): string {
  return fingerprint(STORE_FORMAT, problem.reference, problem.generator, JSON.stringify(generatedInputs(problem).map(generatedTestKey)));
}

function storePath(directory: string, problemId: string): string {
  return join(directory, EXPECTED_STORE_DIR, `${problemId}.json`);
}

/** The stored file as it is, current or not; undefined when there is none or it cannot be read. */
export function readStoredExpected(directory: string, problemId: string): StoredExpected | undefined {
  try {
    const parsed = JSON.parse(readFileSync(storePath(directory, problemId), 'utf8')) as { fingerprint?: unknown; tests?: unknown; outputs?: unknown };
    if (typeof parsed.fingerprint !== 'string' || typeof parsed.tests !== 'object' || parsed.tests === null) return undefined;
    const outputs = typeof parsed.outputs === 'object' && parsed.outputs !== null ? { outputs: parsed.outputs as Record<string, string> } : {};
    return { fingerprint: parsed.fingerprint, tests: parsed.tests as StoredExpected['tests'], ...outputs };
  } catch {
    return undefined;
  }
}

/** The problem's stored tests and outputs when the store is current for it; stale or missing stores give nothing. */
export function currentStore(directory: string, problem: Problem): CurrentStore | undefined {
  const stored = readStoredExpected(directory, problem.meta.id);
  if (stored === undefined || stored.fingerprint !== expectedFingerprint(problem)) return undefined;
  // A damaged entry is skipped (and recomputed), never passed on.
  const usable = Object.entries(stored.tests).filter(([, t]) => typeof (t as Partial<GeneratedJson> | null)?.argsJson === 'string' && typeof (t as Partial<GeneratedJson> | null)?.expectedJson === 'string');
  const outputs = Object.entries(stored.outputs ?? {}).filter(([, o]) => typeof (o as unknown) === 'string');
  return { tests: new Map(usable), outputs: new Map(outputs) };
}

export function currentStoredTests(directory: string, problem: Problem): Map<string, GeneratedJson> | undefined {
  return currentStore(directory, problem)?.tests;
}

export type StoreFreshness = 'current' | 'stale' | 'missing';

export function storeFreshness(directory: string, problem: Problem): StoreFreshness {
  const stored = readStoredExpected(directory, problem.meta.id);
  if (stored === undefined) return 'missing';
  return stored.fingerprint === expectedFingerprint(problem) ? 'current' : 'stale';
}

export function writeStoredExpected(directory: string, problemId: string, stored: StoredExpected): number {
  mkdirSync(join(directory, EXPECTED_STORE_DIR), { recursive: true });
  const text = JSON.stringify(stored);
  writeFileSync(storePath(directory, problemId), text);
  return text.length;
}
