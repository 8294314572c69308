/**
 * The hostile corpus, DMOJ-style: each file in test/fixtures/hostile states the verdict it must get
 * (`// expect: time_limit_exceeded`) and optionally the fixture problem it targets
 * (`// problem: stack-design`, default pair-sum). The reliability runner and the judge's tests
 * run it all and check that every verdict matches while the host stays responsive and small.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadProblem } from '../problems/loader';
import type { Problem } from '../problems/types';
import { Judge } from './judge';
import type { Language } from './solutionSource';
import { isVerdict, type Verdict } from './verdicts';

export interface HostileCase {
  file: string;
  source: string;
  language: Language;
  expect: Verdict;
  problemId: string;
  /** From `// time-limit-ms: N`: memory bombs race the clock, so they get room to hit the cap first. */
  timeLimitMs?: number;
}

export interface HostileCaseResult {
  file: string;
  expect: Verdict;
  verdict: Verdict;
  /** The longest host event-loop stall while this file was judged. */
  stallMs: number;
  /** Wall-clock time for the file's slowest test, as the host saw it. */
  slowestTestMs: number;
  /** The bound it must stay within: 2 × the time limit + 0.5 s per test. */
  boundMs: number;
  message?: string;
}

export interface HostileCorpusFigures {
  files: number;
  verdictsMatched: number;
  hostMemoryGrowthMb: number;
  longestEventLoopStallMs: number;
  /** The same measure over a second of idling before the run: what the machine's load alone causes. */
  idleEventLoopStallMs: number;
  slowestFile: string;
  slowestTestMs: number;
  results: HostileCaseResult[];
  /** A correct submission judged after the whole corpus. */
  acceptedAfterwards: boolean;
}

export const DEFAULT_HOSTILE_PROBLEM = 'pair-sum';

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

export function readHostileCorpus(dir = findUp('test/fixtures/hostile')): HostileCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.ts'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const expect = /\/\/\s*expect:\s*(\w+)/.exec(source)?.[1];
      if (!isVerdict(expect)) throw new Error(`${file}: the header must declare "// expect: <verdict>"`);
      const problemId = /\/\/\s*problem:\s*([\w-]+)/.exec(source)?.[1] ?? DEFAULT_HOSTILE_PROBLEM;
      const limit = /\/\/\s*time-limit-ms:\s*(\d+)/.exec(source)?.[1];
      return {
        file,
        source,
        expect,
        problemId,
        language: extname(file) === '.ts' ? 'typescript' : 'javascript',
        ...(limit !== undefined ? { timeLimitMs: Number(limit) } : {}),
      };
    });
}

async function loadFixture(problemsDir: string, id: string, cache: Map<string, Problem>): Promise<Problem> {
  const cached = cache.get(id);
  if (cached) return cached;
  const result = await loadProblem(join(problemsDir, id), 'user');
  if (!result.ok) throw new Error(`fixture problem ${id} is broken: ${JSON.stringify(result.broken.issues)}`);
  cache.set(id, result.problem);
  return result.problem;
}

/**
 * The corpus's tests for a problem: the first example, plus the first literal hidden test for files
 * expected to pass (two tests show that state does not leak between them). A failing file needs
 * only one test to show its verdict, which keeps the corpus quick.
 */
function corpusTests(problem: Problem, expect: Verdict): { id: string; label: string; source: 'visible' | 'hidden'; args: unknown[]; expected: unknown }[] {
  const tests: { id: string; label: string; source: 'visible' | 'hidden'; args: unknown[]; expected: unknown }[] = [];
  const example = problem.tests.visible[0];
  if (example) tests.push({ id: 'visible-1', label: example.label, source: 'visible', args: example.args, expected: example.expected });
  const hidden = problem.tests.hidden.find((t) => !('generate' in t));
  if (expect === 'accepted' && hidden && 'args' in hidden) tests.push({ id: 'hidden-1', label: hidden.label, source: 'hidden', args: hidden.args, expected: hidden.expected });
  return tests;
}

export async function measureHostileCorpus(
  options: { corpusDir?: string; problemsDir?: string; workerScript?: string; log?: (m: string) => void } = {},
): Promise<HostileCorpusFigures> {
  const cases = readHostileCorpus(options.corpusDir);
  const problemsDir = options.problemsDir ?? findUp('test/fixtures/problems');
  const problems = new Map<string, Problem>();
  const judge = new Judge({
    ...(options.workerScript !== undefined ? { workerScript: options.workerScript } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const stall = monitorEventLoopDelay({ resolution: 5 });
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const results: HostileCaseResult[] = [];
  try {
    // Problem loading compiles schemas on this thread; do it before measuring the judge.
    for (const c of cases) await loadFixture(problemsDir, c.problemId, problems);
    await loadFixture(problemsDir, DEFAULT_HOSTILE_PROBLEM, problems);
    // The corpus has TypeScript files: warm as the extension does for a TypeScript session.
    await judge.warm({ typescript: true });
    stall.enable();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stall.disable();
    const idleStallMs = stall.max / 1e6;
    stall.reset();
    const perFile = monitorEventLoopDelay({ resolution: 5 });
    stall.enable();
    for (const c of cases) {
      perFile.reset();
      perFile.enable();
      const problem = await loadFixture(problemsDir, c.problemId, problems);
      const tests = corpusTests(problem, c.expect);
      const limit = c.timeLimitMs ?? judge.timeLimitMs(problem);
      // A file that killed the worker leaves a respawn behind; do not charge it to the next file.
      await judge.warm();
      const started = performance.now();
      const report = await judge.judge(problem, c.source, c.language, tests, { timeLimitMs: limit });
      const wall = performance.now() - started;
      perFile.disable();
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      const first = report.tests.find((t) => t.verdict !== 'accepted');
      results.push({
        file: c.file,
        expect: c.expect,
        verdict: report.verdict,
        slowestTestMs: Math.max(...report.tests.map((t) => t.timeMs), wall / Math.max(1, tests.length)),
        boundMs: 2 * limit + 500,
        stallMs: perFile.max / 1e6,
        ...(first?.message !== undefined ? { message: first.message } : {}),
      });
      options.log?.(`${c.file}: expected ${c.expect}, got ${report.verdict} in ${Math.round(wall)} ms`);
    }
    stall.disable();
    const pairSum = await loadFixture(problemsDir, DEFAULT_HOSTILE_PROBLEM, problems);
    const after = await judge.run(pairSum, pairSum.reference, 'javascript');
    const slowest = results.reduce<HostileCaseResult | undefined>((a, b) => (a && a.slowestTestMs >= b.slowestTestMs ? a : b), undefined);
    return {
      files: cases.length,
      verdictsMatched: results.filter((r) => r.verdict === r.expect).length,
      hostMemoryGrowthMb: (Math.max(rssPeak, process.memoryUsage().rss) - rssBefore) / (1024 * 1024),
      longestEventLoopStallMs: stall.max / 1e6,
      idleEventLoopStallMs: idleStallMs,
      slowestFile: slowest?.file ?? '',
      slowestTestMs: slowest?.slowestTestMs ?? 0,
      results,
      acceptedAfterwards: after.verdict === 'accepted',
    };
  } finally {
    stall.disable();
    await judge.dispose();
  }
}
