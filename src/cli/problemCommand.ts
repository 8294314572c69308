/**
 * What `onsite judge` and `onsite ask` share: a problem named by bank id or folder, two positional
 * arguments and `--json`, and a problem that must load before anything else happens.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProblem } from '../problems/loader';
import { formatProblemIssue, type Problem } from '../problems/types';

/** A problem id is looked up in the bundled bank: dist/cli.js → ../problems, src/cli → ../../problems. */
export function problemDirFor(arg: string): string | undefined {
  const asPath = resolve(arg);
  if (existsSync(join(asPath, 'problem.json'))) return asPath;
  if (!/^[\w-]+$/.test(arg)) return undefined;
  return [join(__dirname, '..', 'problems', arg), join(__dirname, '..', '..', 'problems', arg), join(process.cwd(), 'problems', arg)].find((d) =>
    existsSync(join(d, 'problem.json')),
  );
}

export function unknownProblemMessage(arg: string): string {
  return `no problem "${arg}" (give a problem id from the bank or a folder with problem.json)`;
}

export interface ProblemCommandArgs {
  json: boolean;
  positional: string[];
  /** Options other than `--json`: a usage error. */
  unknownOptions: string[];
}

export function splitProblemCommandArgs(args: string[]): ProblemCommandArgs {
  return {
    json: args.includes('--json'),
    positional: args.filter((a) => !a.startsWith('--')),
    unknownOptions: args.filter((a) => a.startsWith('--') && a !== '--json'),
  };
}

/** The problem, or undefined after printing why it cannot be loaded (the caller exits 2). */
export async function loadProblemOrExplain(command: string, dir: string): Promise<Problem | undefined> {
  const loaded = await loadProblem(dir, 'user');
  if (loaded.ok) return loaded.problem;
  console.error(`onsite ${command}: the problem at ${dir} cannot be loaded:`);
  for (const issue of loaded.broken.issues) console.error(`    ${formatProblemIssue(issue)}`);
  return undefined;
}
