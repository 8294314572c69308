/**
 * The bundled bank's own scripts after the engine-parity pass, made when the bank is built
 * (`onsite expected` writes dist/parity-scripts.json) rather than in the judge worker at run time.
 *
 * Why: the pass runs on TypeScript's transformer, 3.5 MB of code that took 0.6–0.9 s of CPU to load.
 * Half the generators and a sixth of the references and validators destructure or spread, so one
 * `onsite judge two-sum` spent about half its time loading TypeScript for its own generator, and so
 * did an interview's first Submit. A user's solution still goes through the pass live.
 *
 * Entries are keyed by a SHA-256 of the exact script the worker is given, so a script that differs by
 * one character (an edited problem, a user's own folder) is simply not found and is transformed live.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/types';
import { needsParityPass } from './engineParity';
import { stripModuleSyntax } from './solutionSource';
import { type Transpiled, transpileTypeScript } from './transpile';

export const PARITY_STORE_FILE = 'parity-scripts.json';

/** Part of every key: a change to what the pass produces must not be served from an older store. */
const STORE_FORMAT = 'parity-js/1';

type Rewritten = Extract<Transpiled, { ok: true }>;

/** `unchanged`: the script only looked as if it needed the pass (e.g. an array spread); it runs as written. */
type StoredScript = Rewritten | 'unchanged';

interface ParityStoreFile {
  format: string;
  scripts: Record<string, StoredScript>;
}

export function parityKey(script: string): string {
  return createHash('sha256').update(STORE_FORMAT).update('\0').update(script).digest('hex');
}

/**
 * The scripts of a problem the judge runs as JavaScript, each as the worker receives it: generator,
 * validator and checker as written; the reference and the mutants also with module syntax stripped,
 * as prepareSource hands them over.
 */
function trustedScripts(problem: Problem): string[] {
  const asWritten = [problem.generator, problem.validator, problem.checker].filter((s): s is string => s !== undefined);
  const solutions = [problem.reference, ...problem.mutants.map((m) => m.source)];
  return [...asWritten, ...solutions, ...solutions.map(stripModuleSyntax)];
}

/** Transforms every script of the problems that needs the pass; returns how many were stored. */
export async function writeParityStore(directory: string, problems: Problem[]): Promise<number> {
  const scripts: Record<string, StoredScript> = {};
  for (const script of new Set(problems.flatMap(trustedScripts))) {
    if (!needsParityPass(script)) continue;
    const result = await transpileTypeScript(script, { javascript: true, parity: true });
    // Stored even when nothing was rewritten: finding that out is what loads TypeScript.
    if (result.ok) scripts[parityKey(script)] = result.script === script ? 'unchanged' : result;
  }
  const file: ParityStoreFile = { format: STORE_FORMAT, scripts };
  writeFileSync(join(directory, PARITY_STORE_FILE), JSON.stringify(file));
  return Object.keys(scripts).length;
}

/**
 * Reads the store beside the worker once, on the first script that needs the pass. A missing or
 * unreadable store is an empty one: every script is then transformed live, as before the store.
 */
export function parityStoreReader(directory: string): (script: string) => Rewritten | undefined {
  let scripts: Map<string, StoredScript> | undefined;
  return (script) => {
    scripts ??= readStore(directory);
    const stored = scripts.get(parityKey(script));
    // Run as written, so no position needs mapping back: the worker ignores the line map then.
    return stored === 'unchanged' ? { ok: true, script, lineMap: [], parityHelpers: false } : stored;
  };
}

function readStore(directory: string): Map<string, StoredScript> {
  try {
    const file = JSON.parse(readFileSync(join(directory, PARITY_STORE_FILE), 'utf8')) as Partial<ParityStoreFile>;
    if (file.format !== STORE_FORMAT || typeof file.scripts !== 'object') return new Map();
    return new Map(Object.entries(file.scripts));
  } catch {
    return new Map();
  }
}
