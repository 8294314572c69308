/**
 * The bundled bank's own scripts after the engine-parity pass, made when the bank is built
 * (`onsite expected` writes dist/parity-scripts/) rather than in the judge worker at run time.
 *
 * Why: the pass runs on TypeScript's transformer, 3.5 MB of code that took 0.6–0.9 s of CPU to load.
 * Half the generators and a sixth of the references and validators destructure or spread, so one
 * `onsite judge two-sum` spent about half its time loading TypeScript for its own generator, and so
 * did an interview's first Submit. A user's solution still goes through the pass live.
 *
 * Entries are keyed by a SHA-256 of the exact script the worker is given, so a script that differs by
 * one character (an edited problem, a user's own folder) is simply not found and is transformed live.
 * One file per entry, named by its key: the first Submit reads the one or two entries its problem
 * needs, where parsing one 1.2 MB file of all 310 took 60-80 ms of the worker's time before it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/types';
import { needsParityPass } from './engineParity';
import { stripModuleSyntax } from './solutionSource';
import { type Transpiled, transpileTypeScript } from './transpile';

export const PARITY_STORE_DIRECTORY = 'parity-scripts';

/** The single-file store of earlier builds, removed so a dist/ folder holds one store. */
const SINGLE_FILE_STORE = 'parity-scripts.json';

/** Part of every key: a change to what the pass produces must not be served from an older store. */
const STORE_FORMAT = 'parity-js/1';

type Rewritten = Extract<Transpiled, { ok: true }>;

/** `unchanged`: the script only looked as if it needed the pass (e.g. an array spread); it runs as written. */
type StoredScript = Rewritten | 'unchanged';

interface ParityStoreEntry {
  format: string;
  script: StoredScript;
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
  const store = join(directory, PARITY_STORE_DIRECTORY);
  rmSync(store, { recursive: true, force: true });
  rmSync(join(directory, SINGLE_FILE_STORE), { force: true });
  mkdirSync(store, { recursive: true });
  let stored = 0;
  for (const script of new Set(problems.flatMap(trustedScripts))) {
    if (!needsParityPass(script)) continue;
    const result = await transpileTypeScript(script, { javascript: true, parity: true });
    if (!result.ok) continue;
    // Stored even when nothing was rewritten: finding that out is what loads TypeScript.
    const entry: ParityStoreEntry = { format: STORE_FORMAT, script: result.script === script ? 'unchanged' : result };
    writeFileSync(entryPath(directory, parityKey(script)), JSON.stringify(entry));
    stored++;
  }
  return stored;
}

export function entryPath(directory: string, key: string): string {
  return join(directory, PARITY_STORE_DIRECTORY, `${key}.json`);
}

/**
 * Reads an entry of the store beside the worker the first time its script is asked for. A missing,
 * unreadable or other-format entry is a miss: that script is then transformed live, as before the store.
 */
export function parityStoreReader(directory: string): (script: string) => Rewritten | undefined {
  // Hits only: a user's solution misses with every edit, and a miss costs one failed open.
  const found = new Map<string, StoredScript>();
  return (script) => {
    const key = parityKey(script);
    const stored = found.get(key) ?? readEntry(directory, key);
    if (stored !== undefined) found.set(key, stored);
    // Run as written, so no position needs mapping back: the worker ignores the line map then.
    return stored === 'unchanged' ? { ok: true, script, lineMap: [], parityHelpers: false } : stored;
  };
}

function readEntry(directory: string, key: string): StoredScript | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryPath(directory, key), 'utf8')) as Partial<ParityStoreEntry>;
    return entry.format === STORE_FORMAT && entry.script !== undefined ? entry.script : undefined;
  } catch {
    return undefined;
  }
}
