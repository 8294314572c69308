/**
 * `onsite validate [dir…]`: checks problem folders (each argument is a problem folder or a folder of
 * them; default: the bundled bank) and prints every failure as `file: field: reason`.
 * Exit 0 when every problem passes, 1 when any fails, 2 on usage errors.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Judge } from '../judge/judge';
import { problemFoldersIn } from '../problems/loader';
import { validateFolder, type ProblemValidation } from '../problems/validate';
import { formatProblemIssue } from '../problems/types';

export const VALIDATE_USAGE = 'usage: onsite validate [problem-dir | folder-of-problems]… [--warnings]';

function bundledBank(): string {
  // dist/cli.js → ../problems; src/cli/validate.ts (run through tsx) → ../../problems.
  const candidates = [join(__dirname, '..', 'problems'), join(__dirname, '..', '..', 'problems')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0] ?? 'problems';
}

function printResult(result: ProblemValidation, showWarnings: boolean, seconds: number): void {
  const where = relative(process.cwd(), result.dir) || result.dir;
  const f = result.figures;
  const e = f?.efficiency;
  const naive = e?.naiveMs === undefined ? '' : `, naive ${e.naiveCapped === true ? '≥ ' : ''}${(e.naiveMs / e.limitMs).toFixed(1)}×`;
  const efficiency = e ? `, efficiency tier: reference ${(e.referenceMs / e.limitMs).toFixed(2)} of ${e.limitMs} ms${naive}` : '';
  const figures = f
    ? ` (${f.visible} visible + ${f.hidden} hidden tests, ${f.mutantsCaught}/${f.mutants} mutants caught, slowest reference test ${Math.round(f.slowestReferenceMs)} ms${efficiency}, ${seconds.toFixed(1)} s)`
    : '';
  console.log(`${result.issues.length === 0 ? '✔' : '✘'} ${result.id}${figures}`);
  for (const issue of result.issues) console.log(`    ${where}/${formatProblemIssue(issue)}`);
  if (showWarnings) for (const warning of result.warnings) console.log(`    warning: ${where}/${formatProblemIssue(warning)}`);
}

export async function runValidate(args: string[]): Promise<number> {
  const showWarnings = args.includes('--warnings');
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--warnings');
  if (unknown.length > 0) {
    console.error(`onsite validate: unknown option ${unknown.join(', ')}\n${VALIDATE_USAGE}`);
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
  const judge = new Judge();
  let passed = 0;
  let failed = 0;
  try {
    const dirs = (await Promise.all(roots.map(problemFoldersIn))).flat();
    for (const dir of dirs) {
      const started = performance.now();
      const result = await validateFolder(dir, dirname(resolve(dir)) === bank ? 'bundled' : 'user', judge);
      printResult(result, showWarnings, (performance.now() - started) / 1000);
      if (result.issues.length === 0) passed += 1;
      else failed += 1;
    }
  } finally {
    await judge.dispose();
  }
  console.log(`validate: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
