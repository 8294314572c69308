/**
 * `onsite expected [folder-of-problems] [--out dir]`: computes the expected outputs of every
 * generated test and stores the small ones (src/judge/expectedStore.ts) in dir/expected/, default
 * beside this CLI bundle (dist/). `npm run build` runs it on the bundled bank; problems whose store is
 * current are skipped, so a rebuild recomputes only what changed. It also writes the bank's own scripts
 * after the engine-parity pass (src/judge/parityStore.ts), so the judge need not load TypeScript for them.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { storeFreshness, writeStoredExpected } from '../judge/expectedStore';
import { PARITY_STORE_DIRECTORY, writeParityStore } from '../judge/parityStore';
import { Judge } from '../judge/judge';
import { loadProblem, problemFoldersIn } from '../problems/loader';
import type { Problem } from '../problems/types';

export const EXPECTED_USAGE = 'usage: onsite expected [folder-of-problems] [--out dir]';

function bundledBank(): string {
  const candidates = [join(__dirname, '..', 'problems'), join(__dirname, '..', '..', 'problems')];
  return candidates.find((c) => existsSync(c)) ?? 'problems';
}

async function loadAll(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const dir of await problemFoldersIn(root)) {
    const loaded = await loadProblem(dir, dirname(resolve(dir)) === resolve(bundledBank()) ? 'bundled' : 'user');
    if (loaded.ok) problems.push(loaded.problem);
  }
  return problems;
}

const EXPECTED_LANES = Math.max(1, Math.min(2, availableParallelism()));

export async function runExpected(args: string[]): Promise<number> {
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : __dirname);
  const paths = args.filter((a, i) => !a.startsWith('--') && i !== outIndex + 1);
  if (args.some((a) => a.startsWith('--') && a !== '--out') || (outIndex >= 0 && args[outIndex + 1] === undefined) || paths.length > 1) {
    console.error(EXPECTED_USAGE);
    return 2;
  }
  const problems = await loadAll(resolve(paths[0] ?? bundledBank()));
  const stale = problems.filter((problem) => storeFreshness(out, problem) !== 'current');
  const started = performance.now();
  let written = 0;
  let bytes = 0;
  let failed = 0;
  let next = 0;
  // One sandbox per core, at most two (as `onsite validate`): on a fresh clone this is most of `npm run build`.
  const lane = async (): Promise<void> => {
    // The store's own values are the reference's, computed fresh: never read back while writing.
    const judge = new Judge({ expectedStoreDirectory: false });
    try {
      for (let problem = stale[next++]; problem !== undefined; problem = stale[next++]) {
        try {
          // Awaited first: `bytes += f(await …)` would read bytes before the other lane adds to it.
          const values = await judge.expectedForStore(problem);
          bytes += writeStoredExpected(out, problem.meta.id, values);
          written++;
        } catch (error) {
          failed++;
          console.error(`expected: ${problem.meta.id}: ${(error as Error).message}`);
        }
      }
    } finally {
      await judge.dispose();
    }
  };
  await Promise.all(Array.from({ length: Math.min(EXPECTED_LANES, stale.length) }, lane));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`expected: ${written} of ${problems.length} problems recomputed (${(bytes / 1024).toFixed(0)} KB) in ${seconds} s, ${problems.length - written - failed} already current${failed > 0 ? `, ${failed} failed` : ''}`);
  // Always rewritten: a few seconds, and it must follow every edit of a generator or a reference.
  const parityStarted = performance.now();
  const stored = await writeParityStore(out, problems);
  console.log(`expected: ${stored} of the bank's own scripts through the engine-parity pass in ${((performance.now() - parityStarted) / 1000).toFixed(1)} s (${PARITY_STORE_DIRECTORY}/)`);
  return failed > 0 ? 1 : 0;
}

/** One line for `onsite validate`: how current the store beside the CLI is for these problems. */
export function describeStore(problems: Problem[], directory = __dirname): string | undefined {
  const counts = { current: 0, stale: [] as string[], missing: [] as string[] };
  for (const problem of problems) {
    const freshness = storeFreshness(directory, problem);
    if (freshness === 'current') counts.current++;
    else counts[freshness].push(problem.meta.id);
  }
  if (counts.stale.length === 0 && counts.missing.length === 0) return undefined;
  const list = (ids: string[]): string => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', '));
  const parts = [
    ...(counts.stale.length > 0 ? [`${counts.stale.length} stale (${list(counts.stale)})`] : []),
    ...(counts.missing.length > 0 ? [`${counts.missing.length} missing (${list(counts.missing)})`] : []),
  ];
  return `expected-output store: ${counts.current} current, ${parts.join(', ')}: these are computed when needed; run \`npm run build\` to store them`;
}
