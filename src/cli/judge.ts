/**
 * `onsite judge <problem-id | problem-dir> <solution.js | solution.ts | solution.py> [--json]`: submits a file
 * against a problem's examples and hidden tests in the sandbox.
 * Exit 0 when accepted, 1 when not, 2 on usage or problem errors.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describeEfficiency } from '../vocabulary/efficiency';
import { Judge, type JudgeOptions } from '../judge/judge';
import type { Language } from '../judge/solutionSource';
import { loadProblem } from '../problems/loader';
import { formatProblemIssue, type Problem } from '../problems/types';

export const JUDGE_USAGE = 'usage: onsite judge <problem-id | problem-dir> <solution.js | solution.ts | solution.py> [--json]';

/** A problem id is looked up in the bundled bank: dist/cli.js → ../problems, src/cli → ../../problems. */
export function problemDirFor(arg: string): string | undefined {
  const asPath = resolve(arg);
  if (existsSync(join(asPath, 'problem.json'))) return asPath;
  if (!/^[\w-]+$/.test(arg)) return undefined;
  return [join(__dirname, '..', 'problems', arg), join(__dirname, '..', '..', 'problems', arg), join(process.cwd(), 'problems', arg)].find((d) =>
    existsSync(join(d, 'problem.json')),
  );
}

function fail(message: string): number {
  console.error(`onsite judge: ${message}\n${JUDGE_USAGE}`);
  return 2;
}

const LANGUAGE_BY_EXTENSION: Partial<Record<string, Language>> = { '.js': 'javascript', '.ts': 'typescript', '.py': 'python' };

/** `judgeOptions` lets tests point the CLI at a worker they built; the command line never sets it. */
export async function runJudge(args: string[], judgeOptions: JudgeOptions = {}): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  const positional = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0) return fail(`unknown option ${unknown.join(', ')}`);
  const [problemArg, solutionArg] = positional;
  if (problemArg === undefined || solutionArg === undefined || positional.length > 2) return fail('expected a problem and a solution file');
  const dir = problemDirFor(problemArg);
  if (dir === undefined) return fail(`no problem "${problemArg}" (give a problem id from the bank or a folder with problem.json)`);
  const ext = extname(solutionArg);
  const language = LANGUAGE_BY_EXTENSION[ext];
  if (language === undefined) return fail(`the solution must be a .js, .ts or .py file: ${solutionArg}`);
  if (!existsSync(solutionArg) || !statSync(solutionArg).isFile()) return fail(`cannot read ${solutionArg}`);
  const judge = new Judge(judgeOptions);
  try {
    // The sandbox starts on its own thread while this one loads the problem; a failed start shows on the first batch.
    const sandboxes = [judge.warm({ typescript: language === 'typescript' }), ...(language === 'python' ? [judge.warm({ python: true })] : [])];
    for (const starting of sandboxes) void starting.catch(() => undefined);
    const loaded = await loadProblem(dir, 'user');
    if (!loaded.ok) {
      console.error(`onsite judge: the problem at ${dir} cannot be loaded:`);
      for (const issue of loaded.broken.issues) console.error(`    ${formatProblemIssue(issue)}`);
      return 2;
    }
    const problem: Problem = loaded.problem;
    const source = readFileSync(solutionArg, 'utf8');
    const report = await judge.submit(problem, source, language);
    // The efficiency tier only means something for a correct solution, as an interviewer's next question.
    const efficiency = report.verdict === 'accepted' ? await judge.efficiency(problem, source, language) : undefined;
    if (json) {
      const summary = {
        problem: report.problemId,
        verdict: report.verdict,
        passed: report.passed,
        total: report.total,
        timeMs: Math.round(report.timeMs),
        ...(report.notRun !== undefined ? { notRun: report.notRun, stoppedBy: report.stoppedBy } : {}),
        ...(efficiency !== undefined
          ? {
              efficiency: {
                verdict: efficiency.verdict,
                expected: efficiency.expected,
                slowest: { label: efficiency.slowest.label, ms: efficiency.slowest.ms, referenceMs: efficiency.slowest.referenceMs, limitMs: efficiency.slowest.limitMs },
                ...(efficiency.differed !== undefined ? { differed: efficiency.differed } : {}),
              },
            }
          : {}),
        tests: report.tests.map((t) => ({
          label: t.label,
          verdict: t.verdict,
          timeMs: Math.round(t.timeMs * 100) / 100,
          ...(t.message !== undefined ? { message: t.message } : {}),
          ...(t.position !== undefined ? { line: t.position.line, column: t.position.column } : {}),
        })),
      };
      console.log(JSON.stringify(summary, null, 2));
    } else {
      console.log(`${report.verdict === 'accepted' ? '✔' : '✘'} ${report.problemId}: ${report.verdict} (${report.passed}/${report.total} tests, ${Math.round(report.timeMs)} ms)`);
      for (const t of report.tests) {
        if (t.verdict === 'accepted') continue;
        const where = t.position ? ` at line ${t.position.line}, column ${t.position.column}` : '';
        console.log(`    ${t.source} "${t.label}": ${t.verdict}${where}${t.message !== undefined ? ` — ${t.message}` : ''}`);
      }
      if (report.notRun !== undefined) console.log(`    ${report.notRun} more not run: ${report.stoppedBy ?? ''}`);
      if (efficiency !== undefined) console.log(`    efficiency: ${describeEfficiency(efficiency)}`);
    }
    return report.verdict === 'accepted' ? 0 : 1;
  } finally {
    await judge.dispose();
  }
}
