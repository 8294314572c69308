/**
 * `onsite validate [dir…]`: checks problem folders (each argument is a problem folder or a folder of
 * them; default: the bundled bank) and prints every failure as `file: field: reason`.
 * Exit 0 when every problem passes, 1 when any fails, 2 on usage errors.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Judge } from '../judge/judge';
import { describeStore } from './expected';
import { DEFAULT_MUTANT_CAP, runMutationGate, type MutantJudgement, type MutationReport } from '../judge/mutationGate';
import { loadProblem, problemFoldersIn } from '../problems/loader';
import { readEquivalentMutants, writeEquivalentMutants, EQUIVALENT_MUTANTS_FILE } from './equivalentMutants';
import { validateFolder, type ProblemValidation } from './validateProblem';
import { formatProblemIssue } from '../problems/types';

export const VALIDATE_USAGE =
  'usage: onsite validate [problem-dir | folder-of-problems]… [--warnings] [--jobs=N] [--record-naive]\n' +
  `       onsite validate --mutation [problem-dir | folder-of-problems]… [--min-score=98] [--max-mutants=${DEFAULT_MUTANT_CAP}] [--record-equivalents]`;

const DEFAULT_MIN_SCORE = 98;
/**
 * Problems validated at once, each on a judge (a worker thread) of its own: one per core, at most two,
 * which took the whole bank from about six minutes to three on this 2-core machine; more lanes than
 * cores would only make the timed checks (references near their limit) noisier.
 */
const DEFAULT_JOBS = Math.max(1, Math.min(2, availableParallelism()));

function bundledBank(): string {
  // dist/cli.js → ../problems; src/cli/validate.ts (run through tsx) → ../../problems.
  const candidates = [join(__dirname, '..', 'problems'), join(__dirname, '..', '..', 'problems')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0] ?? 'problems';
}

function printResult(result: ProblemValidation, showWarnings: boolean, seconds: number): void {
  const where = relative(process.cwd(), result.dir) || result.dir;
  const f = result.figures;
  const e = f?.efficiency;
  const measured = e?.naiveMeasured === undefined ? '' : ` (recorded ${e.naiveMeasured})`;
  const naive = e?.naiveMs === undefined ? '' : `, naive ${e.naiveCapped === true ? '≥ ' : ''}${(e.naiveMs / e.limitMs).toFixed(1)}×${measured}`;
  const efficiency = e ? `, efficiency tier: reference ${(e.referenceMs / e.limitMs).toFixed(2)} of ${e.limitMs} ms${naive}` : '';
  const figures = f
    ? ` (${f.visible} visible + ${f.hidden} hidden tests, ${f.mutantsCaught}/${f.mutants} mutants caught, slowest reference test ${Math.round(f.slowestReferenceMs)} ms${efficiency}, ${seconds.toFixed(1)} s)`
    : '';
  console.log(`${result.issues.length === 0 ? '✔' : '✘'} ${result.id}${figures}`);
  for (const issue of result.issues) console.log(`    ${where}/${formatProblemIssue(issue)}`);
  if (showWarnings) for (const warning of result.warnings) console.log(`    warning: ${where}/${formatProblemIssue(warning)}`);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function describeMutant(j: MutantJudgement, where: string): string {
  const m = j.mutant;
  return `${where}:${m.line}: ${m.operator}: ${m.originalLine}  →  ${m.mutatedLine}${j.detail !== undefined ? `\n        exposed by ${j.detail}` : ''}`;
}

function printMutationReport(report: MutationReport, dir: string, minScore: number): void {
  const where = `${relative(process.cwd(), dir) || dir}/solution.js`;
  const pass = report.score * 100 >= minScore;
  console.log(
    `${pass ? '✔' : '✘'} ${report.problemId}: ${report.mutants} mutants (of ${report.sites} sites), ${report.killed} killed, ` +
      `${report.likelyEquivalent.length} likely equivalent, ${report.survivors.length} survivors, ${report.compileErrors} compile errors, ` +
      `score ${percent(report.score)}, ${report.seconds.toFixed(1)} s` +
      (report.equivalenceInputs > 0 ? ` (equivalence checked on ${report.equivalenceInputs} random inputs)` : ''),
  );
  const recorded = report.likelyEquivalent.filter((e) => e.recorded === true).length;
  if (recorded > 0) console.log(`    ${recorded} of the likely equivalent taken from ${EQUIVALENT_MUTANTS_FILE} (same random inputs, validator, reference and mutant)`);
  for (const s of report.survivors) console.log(`    survivor: ${describeMutant(s, where)}`);
  for (const e of report.likelyEquivalent) console.log(`    likely equivalent: ${describeMutant(e, where)}`);
}

/** A number option given as `--name=value` or `--name value`; undefined when absent, NaN when malformed. */
function numberOption(args: string[], name: string): number | undefined {
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = args[index] ?? '';
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  return text === undefined || text.trim() === '' ? Number.NaN : Number(text.replace(/%$/, ''));
}

/** `--mutation`: the share of the reference's mutants the tests kill, per problem, against `--min-score`. */
async function runMutation(dirs: string[], bank: string, minScore: number, cap: number, record: boolean): Promise<number> {
  // Loaded only here: plain validation never needs TypeScript's 3.5 MB compiler.
  const ts = await import('typescript').then((m) => (m as { default?: typeof import('typescript') }).default ?? m);
  const judge = new Judge();
  let below = 0;
  let broken = 0;
  try {
    for (const dir of dirs) {
      const loaded = await loadProblem(dir, dirname(resolve(dir)) === bank ? 'bundled' : 'user');
      if (!loaded.ok) {
        broken += 1;
        console.log(`✘ ${loaded.broken.id}: does not load (run onsite validate on it first)`);
        continue;
      }
      // A fresh check for every survivor when recording, so the record never vouches for itself.
      const known = record ? { fingerprints: new Set<string>() } : readEquivalentMutants(dir);
      if (known.problem !== undefined) console.log(`    warning: ${relative(process.cwd(), dir) || dir}/${known.problem}`);
      const report = await runMutationGate(judge, loaded.problem, ts, { cap, knownEquivalents: known.fingerprints });
      printMutationReport(report, dir, minScore);
      if (record) writeEquivalentMutants(dir, report);
      if (report.score * 100 < minScore) below += 1;
    }
  } finally {
    await judge.dispose();
  }
  // "N passed, N failed", the form `npm test` counts, then what each failure was.
  console.log(`mutation: ${dirs.length - below - broken} passed, ${below + broken} failed (${below} below ${minScore}%, ${broken} not loadable)`);
  return below + broken > 0 ? 1 : 0;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A rejection is awaited in order; until then it must not count as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export async function runValidate(args: string[]): Promise<number> {
  const showWarnings = args.includes('--warnings');
  const mutation = args.includes('--mutation');
  const record = args.includes('--record-equivalents');
  const naiveTiming = args.includes('--record-naive') ? 'record' : 'use-record';
  const minScore = numberOption(args, '--min-score') ?? DEFAULT_MIN_SCORE;
  const cap = numberOption(args, '--max-mutants') ?? DEFAULT_MUTANT_CAP;
  const jobs = numberOption(args, '--jobs') ?? DEFAULT_JOBS;
  const valued = new Set(['--min-score', '--max-mutants', '--jobs']);
  // `--min-score 95`: the value after a bare option is not a folder.
  const paths = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  const flags = new Set(['--warnings', '--mutation', '--record-equivalents', '--record-naive']);
  const known = (a: string): boolean => flags.has(a) || [...valued].some((v) => a === v || a.startsWith(`${v}=`));
  const unknown = args.filter((a) => a.startsWith('--') && !known(a));
  if (unknown.length > 0) {
    console.error(`onsite validate: unknown option ${unknown.join(', ')}\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100 || !Number.isInteger(cap) || cap < 1) {
    console.error(`onsite validate: --min-score takes a percentage from 0 to 100 and --max-mutants a positive whole number\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`onsite validate: --jobs takes a positive whole number\n${VALIDATE_USAGE}`);
    return 2;
  }
  const roots = (paths.length > 0 ? paths : [bundledBank()]).map((p) => resolve(p));
  // The bundled bank is held to its own bar (every problem has a validator.js); other folders are the user's.
  const bank = resolve(bundledBank());
  const missing = roots.filter((r) => !existsSync(r) || !statSync(r).isDirectory());
  if (missing.length > 0) {
    console.error(`onsite validate: not a folder: ${missing.join(', ')}\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (record && !mutation) {
    console.error(`onsite validate: --record-equivalents only goes with --mutation\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (naiveTiming === 'record' && mutation) {
    console.error(`onsite validate: --record-naive goes without --mutation\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (mutation) return runMutation((await Promise.all(roots.map(problemFoldersIn))).flat(), bank, minScore, cap, record);
  const dirs = (await Promise.all(roots.map(problemFoldersIn))).flat();
  const judges = Array.from({ length: Math.min(jobs, Math.max(1, dirs.length)) }, () => new Judge());
  let passed = 0;
  let failed = 0;
  try {
    // Lanes take the next folder as they finish one; results print in folder order, as one lane printed them.
    const results = dirs.map(() => deferred<{ result: ProblemValidation; seconds: number }>());
    let next = 0;
    const lanes = judges.map(async (judge) => {
      for (let i = next++; i < dirs.length; i = next++) {
        const dir = dirs[i] ?? '';
        const started = performance.now();
        try {
          const result = await validateFolder(dir, dirname(resolve(dir)) === bank ? 'bundled' : 'user', judge, naiveTiming);
          results[i]?.resolve({ result, seconds: (performance.now() - started) / 1000 });
        } catch (error) {
          results[i]?.reject(error);
        }
      }
    });
    for (const pending of results) {
      const { result, seconds } = await pending.promise;
      printResult(result, showWarnings, seconds);
      if (result.issues.length === 0) passed += 1;
      else failed += 1;
    }
    await Promise.all(lanes);
    const bundled = await Promise.all(dirs.filter((dir) => dirname(resolve(dir)) === bank).map((dir) => loadProblem(dir, 'bundled')));
    const store = describeStore(bundled.flatMap((loaded) => (loaded.ok ? [loaded.problem] : [])));
    if (store !== undefined) console.log(store);
  } finally {
    await Promise.all(judges.map((judge) => judge.dispose()));
  }
  console.log(`validate: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
