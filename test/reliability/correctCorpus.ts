/**
 * The correct-solution corpus: test/fixtures/correct/<problem-id>/<style>.js|.ts holds solutions
 * written as LeetCode users write them, each correct on every input within LeetCode's constraints.
 * Judging them on the full Submit suite shows where the judge rejects what LeetCode accepts
 * (tests beyond the constraints, limits too tight for an accepted approach, engine differences).
 * Known rejections are listed in test/fixtures/correct/REJECTIONS.md until the judge is fixed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { loadProblem } from '../../src/problems/loader';
import type { Problem } from '../../src/problems/types';
import { Judge } from '../../src/judge/judge';
import type { Language } from '../../src/judge/solutionSource';
import type { Verdict } from '../../src/vocabulary/verdicts';

export interface CorrectSolution {
  problemId: string;
  file: string;
  /** From the file's first line, `// style: …`. */
  style: string;
  source: string;
  language: Language;
}

export interface CorrectSolutionResult {
  problemId: string;
  file: string;
  verdict: Verdict;
  slowestTestMs: number;
  timeLimitMs: number;
  /** The first test that was not accepted, with the judge's message. */
  firstFailure?: { id: string; label: string; message: string };
}

/** Walks up from here to the checkout root (works from src/judge and from dist/). */
function findUp(relative: string): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cannot find ${relative} above ${__dirname}`);
}

export function defaultCorrectCorpusDir(): string {
  return findUp('test/fixtures/correct');
}

/** The Python corpus (test/fixtures/correct-python), LeetCode Python 3 as people publish it. */
export function defaultPythonCorpusDir(): string {
  return findUp('test/fixtures/correct-python');
}

const LANGUAGE_OF: Record<string, Language> = { '.js': 'javascript', '.ts': 'typescript', '.py': 'python' };

export function readCorrectCorpus(dir = defaultCorrectCorpusDir()): CorrectSolution[] {
  const solutions: CorrectSolution[] = [];
  for (const problemId of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(dir, problemId)).filter((f) => LANGUAGE_OF[extname(f)] !== undefined).sort()) {
      const source = readFileSync(join(dir, problemId, file), 'utf8');
      const language = LANGUAGE_OF[extname(file)] ?? 'javascript';
      const comment = language === 'python' ? '#' : '//';
      const style = new RegExp(`^${comment}\\s*style:\\s*(.+)$`).exec(source.split('\n')[0] ?? '')?.[1];
      if (style === undefined) throw new Error(`${problemId}/${file}: the first line must be "${comment} style: <short description>"`);
      solutions.push({ problemId, file, style: style.trim(), source, language });
    }
  }
  return solutions;
}

/**
 * The `problem/file` keys of known rejections: every table row of REJECTIONS.md whose first two
 * cells are a problem id and a solution file name (backticks allowed).
 */
export function parseRejections(markdown: string): Set<string> {
  const keys = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.trimStart().startsWith('|')) continue;
    const cells = line.split('|').slice(1).map((c) => c.trim().replace(/^`|`$/g, ''));
    const [problemId, file] = cells;
    if (problemId !== undefined && file !== undefined && /^[a-z0-9-]+$/.test(problemId) && /^[\w.-]+\.(js|ts|py)$/.test(file)) {
      keys.add(`${problemId}/${file}`);
    }
  }
  return keys;
}

export function readRejections(dir = defaultCorrectCorpusDir()): Set<string> {
  const path = join(dir, 'REJECTIONS.md');
  return existsSync(path) ? parseRejections(readFileSync(path, 'utf8')) : new Set();
}

/**
 * Judges every solution once on its problem's full Submit suite. Problems are dealt round-robin to
 * `lanes` judges (one worker each), so on a multi-core machine the corpus takes minutes, not ten;
 * one lane gives the steadiest timings.
 */
export async function judgeCorrectCorpus(
  options: {
    solutions?: CorrectSolution[];
    problemsDir?: string;
    workerScript?: string;
    lanes?: number;
    /** Multiplies every problem's time limit, to see how long a rejected solution really takes. */
    timeLimitFactor?: number;
    onResult?: (result: CorrectSolutionResult) => void;
  } = {},
): Promise<CorrectSolutionResult[]> {
  const solutions = options.solutions ?? readCorrectCorpus();
  // src/problems also exists: look for the bank by one of its problems.
  const problemsDir = options.problemsDir ?? dirname(dirname(findUp('problems/two-sum/problem.json')));
  const problemIds = [...new Set(solutions.map((s) => s.problemId))];
  const lanes = Math.max(1, Math.min(options.lanes ?? 1, problemIds.length));
  const byLane = Array.from({ length: lanes }, (_, lane) => solutions.filter((s) => problemIds.indexOf(s.problemId) % lanes === lane));
  const laneResults = await Promise.all(
    byLane.map((laneSolutions) => judgeLane(laneSolutions, problemsDir, { workerScript: options.workerScript, timeLimitFactor: options.timeLimitFactor }, options.onResult)),
  );
  const order = new Map(solutions.map((s, i) => [`${s.problemId}/${s.file}`, i]));
  return laneResults.flat().sort((a, b) => (order.get(`${a.problemId}/${a.file}`) ?? 0) - (order.get(`${b.problemId}/${b.file}`) ?? 0));
}

async function judgeLane(
  solutions: CorrectSolution[],
  problemsDir: string,
  judgeOptions: { workerScript: string | undefined; timeLimitFactor: number | undefined },
  onResult: ((result: CorrectSolutionResult) => void) | undefined,
): Promise<CorrectSolutionResult[]> {
  // One judge per lane: expected values of generated tests are cached per judge, so each
  // problem's reference runs once.
  const judge = new Judge({
    ...(judgeOptions.workerScript !== undefined ? { workerScript: judgeOptions.workerScript } : {}),
    ...(judgeOptions.timeLimitFactor !== undefined ? { timeLimitFactor: judgeOptions.timeLimitFactor } : {}),
  });
  const problems = new Map<string, Problem>();
  const results: CorrectSolutionResult[] = [];
  try {
    await judge.warm({ typescript: solutions.some((s) => s.language === 'typescript') });
    if (solutions.some((s) => s.language === 'python')) await judge.warm({ python: true });
    for (const solution of solutions) {
      let problem = problems.get(solution.problemId);
      if (!problem) {
        const loaded = await loadProblem(join(problemsDir, solution.problemId), 'bundled');
        if (!loaded.ok) throw new Error(`problem ${solution.problemId} is broken: ${JSON.stringify(loaded.broken.issues)}`);
        problem = loaded.problem;
        problems.set(solution.problemId, problem);
      }
      // A solution that killed the worker leaves a respawn behind; do not charge it to the next one.
      await judge.warm();
      const report = await judge.submit(problem, solution.source, solution.language);
      const failed = report.tests.find((t) => t.verdict !== 'accepted');
      const result: CorrectSolutionResult = {
        problemId: solution.problemId,
        file: solution.file,
        verdict: report.verdict,
        slowestTestMs: Math.max(0, ...report.tests.map((t) => t.timeMs)),
        timeLimitMs: judge.timeLimitMs(problem),
        ...(failed ? { firstFailure: { id: failed.id, label: failed.label, message: failed.message ?? `expected ${failed.expected ?? '?'}, got ${failed.actual ?? '?'}` } } : {}),
      };
      results.push(result);
      onResult?.(result);
    }
    return results;
  } finally {
    await judge.dispose();
  }
}
