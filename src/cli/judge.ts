/**
 * `onsite judge <problem-id | problem-dir> <solution.js | solution.ts | solution.py> [--json]`: submits a file
 * against a problem's examples and hidden tests in the sandbox.
 * Exit 0 when accepted, 1 when not, 2 on usage or problem errors.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { describeEfficiency } from '../vocabulary/efficiency';
import { exampleNumber } from '../vocabulary/interview';
import { Judge, type JudgeOptions } from '../judge/judge';
import type { Language } from '../judge/solutionSource';
import { loadProblemOrExplain, problemDirFor, splitProblemCommandArgs, unknownProblemMessage } from './problemCommand';

export const JUDGE_USAGE = 'usage: onsite judge <problem-id | problem-dir> <solution.js | solution.ts | solution.py> [--json]';

function fail(message: string): number {
  console.error(`onsite judge: ${message}\n${JUDGE_USAGE}`);
  return 2;
}

const LANGUAGE_BY_EXTENSION: Partial<Record<string, Language>> = { '.js': 'javascript', '.ts': 'typescript', '.py': 'python' };

/** `judgeOptions` lets tests point the CLI at a worker they built; the command line never sets it. */
export async function runJudge(args: string[], judgeOptions: JudgeOptions = {}): Promise<number> {
  const { json, positional, unknownOptions } = splitProblemCommandArgs(args);
  if (unknownOptions.length > 0) return fail(`unknown option ${unknownOptions.join(', ')}`);
  const [problemArg, solutionArg] = positional;
  if (problemArg === undefined || solutionArg === undefined || positional.length > 2) return fail('expected a problem and a solution file');
  const dir = problemDirFor(problemArg);
  if (dir === undefined) return fail(unknownProblemMessage(problemArg));
  const ext = extname(solutionArg);
  const language = LANGUAGE_BY_EXTENSION[ext];
  if (language === undefined) return fail(`the solution must be a .js, .ts or .py file: ${solutionArg}`);
  if (!existsSync(solutionArg) || !statSync(solutionArg).isFile()) return fail(`cannot read ${solutionArg}`);
  const judge = new Judge(judgeOptions);
  try {
    // The sandbox starts on its own thread while this one loads the problem; a failed start shows on the first batch.
    const sandboxes = [judge.warm({ typescript: language === 'typescript' }), ...(language === 'python' ? [judge.warm({ python: true })] : [])];
    for (const starting of sandboxes) void starting.catch(() => undefined);
    const problem = await loadProblemOrExplain('judge', dir);
    if (problem === undefined) return 2;
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
        const example = exampleNumber(t);
        console.log(`    ${example === undefined ? `${t.source} "${t.label}"` : `example ${example}`}: ${t.verdict}${where}${t.message !== undefined ? ` — ${t.message}` : ''}`);
      }
      if (report.notRun !== undefined) console.log(`    ${report.notRun} more not run: ${report.stoppedBy ?? ''}`);
      if (efficiency !== undefined) console.log(`    efficiency: ${describeEfficiency(efficiency, language)}`);
    }
    return report.verdict === 'accepted' ? 0 : 1;
  } finally {
    await judge.dispose();
  }
}
