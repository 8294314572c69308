/**
 * The hostile corpus, DMOJ-style: each file in test/fixtures/hostile states in its header the
 * verdict it must get and the class of attack it belongs to:
 *
 *   // expect: time_limit_exceeded       required: the verdict the judge must give
 *   // class: cpu-native                 required: one of HOSTILE_CLASSES
 *   // problem: stack-design             a fixture problem (test/fixtures/problems), or bank/<id>
 *                                        for a problem of the bundled bank; default pair-sum
 *   // submit: full                      judged on the problem's whole Submit suite (judge.submit)
 *                                        instead of the corpus's one or two tests
 *   // time-limit-ms: 10000              a per-test limit for the corpus's tests (memory bombs race
 *                                        the clock); a full Submit uses the problem's own limit
 *   // message-includes: Symbol(boom)    the first failing test's message must contain this text
 *   // pending: node-builtins            judged and reported, but not counted against the corpus
 *                                        until the named work lands and the header is removed
 *
 * The reliability runner and the judge's unit test judge it all, measuring per file the whole
 * submission's wall time, the host's resident memory and its longest event-loop stall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Judge } from '../../src/judge/judge';
import { pythonTimeLimitMs } from '../../src/judge/python/pythonSandbox';
import type { Language } from '../../src/judge/solutionSource';
import { isVerdict, type JudgeReport, type Verdict } from '../../src/vocabulary/verdicts';
import type { TestSource } from '../../src/vocabulary/interview';
import { loadProblem } from '../../src/problems/loader';
import type { Problem } from '../../src/problems/types';

export const HOSTILE_CLASSES = ['escape', 'isolation', 'memory', 'cpu-native', 'cpu-loop', 'output', 'comparison', 'classification', 'typescript', 'compat', 'async'] as const;
export type HostileClass = (typeof HOSTILE_CLASSES)[number];

export const DEFAULT_HOSTILE_PROBLEM = 'pair-sum';
/** Python files default to the bank's two-sum, which has a Python starter. */
export const DEFAULT_PYTHON_HOSTILE_PROBLEM = 'bank/two-sum';
/** The Python corpus (test/fixtures/hostile-python), headers written as `# expect: …`. */
export const PYTHON_CORPUS_DIR = join(resolve(__dirname, '..', '..'), 'test', 'fixtures', 'hostile-python');
const PYTHON_TWO_SUM = 'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n';
const ROOT = resolve(__dirname, '..', '..');
const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'hostile');
const FIXTURE_PROBLEMS_DIR = join(ROOT, 'test', 'fixtures', 'problems');
const BANK_DIR = join(ROOT, 'problems');
const BANK_PREFIX = 'bank/';

export interface HostileCase {
  file: string;
  source: string;
  language: Language;
  expect: Verdict;
  className: HostileClass;
  problemId: string;
  /** Judged with judge.submit on every test of the problem, as the Submit button does. */
  submitFull: boolean;
  /** What the file waits for; a pending file is reported apart and never fails the corpus. */
  pending?: string;
  messageIncludes?: string;
  timeLimitMs?: number;
}

/** Every submission, whatever its code does, must end within this (issue #22). */
export function submissionBoundMs(timeLimitMs: number): number {
  return Math.max(2 * timeLimitMs + 1000, 10_000);
}

const LANGUAGE_BY_EXTENSION: Record<string, Language> = { '.js': 'javascript', '.ts': 'typescript', '.py': 'python' };

/** The value of `// name: value` (`# name: value` in Python) in the file's leading comment block. */
function headerIn(source: string, name: string, comment = '//'): string | undefined {
  for (const line of source.split('\n')) {
    if (!line.startsWith(comment)) break;
    const match = new RegExp(`^${comment}\\s*${name}:\\s*(.+?)\\s*$`).exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function isHostileClass(value: string | undefined): value is HostileClass {
  return value !== undefined && (HOSTILE_CLASSES as readonly string[]).includes(value);
}

export function readHostileCorpus(dir = CORPUS_DIR): HostileCase[] {
  return readdirSync(dir)
    .filter((f) => extname(f) in LANGUAGE_BY_EXTENSION)
    .sort()
    .map((file): HostileCase => {
      const source = readFileSync(join(dir, file), 'utf8');
      const language = LANGUAGE_BY_EXTENSION[extname(file)] ?? 'javascript';
      const headerValue = (name: string): string | undefined => headerIn(source, name, language === 'python' ? '#' : '//');
      const expect = headerValue('expect');
      if (!isVerdict(expect)) throw new Error(`${file}: the header must declare "// expect: <verdict>"`);
      const className = headerValue('class');
      if (!isHostileClass(className)) throw new Error(`${file}: the header must declare "// class: <one of ${HOSTILE_CLASSES.join(', ')}>", not ${JSON.stringify(className ?? '')}`);
      const submit = headerValue('submit');
      if (submit !== undefined && submit !== 'full') throw new Error(`${file}: "// submit:" takes only "full", not ${JSON.stringify(submit)}`);
      const limit = headerValue('time-limit-ms');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw new Error(`${file}: "// time-limit-ms:" must be a whole number of milliseconds`);
      const pending = headerValue('pending');
      const messageIncludes = headerValue('message-includes');
      return {
        file,
        source,
        expect,
        className,
        problemId: headerValue('problem') ?? (language === 'python' ? DEFAULT_PYTHON_HOSTILE_PROBLEM : DEFAULT_HOSTILE_PROBLEM),
        submitFull: submit === 'full',
        language,
        ...(pending !== undefined ? { pending } : {}),
        ...(messageIncludes !== undefined ? { messageIncludes } : {}),
        ...(limit !== undefined ? { timeLimitMs: Number(limit) } : {}),
      };
    });
}

async function loadCorpusProblem(id: string, cache: Map<string, Problem>): Promise<Problem> {
  const cached = cache.get(id);
  if (cached) return cached;
  const dir = id.startsWith(BANK_PREFIX) ? join(BANK_DIR, id.slice(BANK_PREFIX.length)) : join(FIXTURE_PROBLEMS_DIR, id);
  const result = await loadProblem(dir, 'user');
  if (!result.ok) throw new Error(`problem ${id} (${dir}) is broken: ${JSON.stringify(result.broken.issues)}`);
  cache.set(id, result.problem);
  return result.problem;
}

interface CorpusTest {
  id: string;
  label: string;
  source: TestSource;
  args: unknown[];
  expected: unknown;
}

/**
 * The corpus's tests for a file not judged on the full suite: the first example, plus the first
 * literal hidden test for files expected to pass (two tests show that state does not leak between
 * them). A failing file needs only one test to show its verdict, which keeps the corpus quick.
 */
function corpusTests(problem: Problem, expect: Verdict): CorpusTest[] {
  const tests: CorpusTest[] = [];
  const example = problem.tests.visible[0];
  if (example) tests.push({ id: 'visible-1', label: example.label, source: 'visible', args: example.args, expected: example.expected });
  const hidden = problem.tests.hidden.find((t) => !('generate' in t));
  if (expect === 'accepted' && hidden && 'args' in hidden) tests.push({ id: 'hidden-1', label: hidden.label, source: 'hidden', args: hidden.args, expected: hidden.expected });
  return tests;
}

/** Why a report does not show the file contained, or undefined when it does. */
function mismatchOf(c: HostileCase, report: JudgeReport): string | undefined {
  if (report.verdict !== c.expect) return `expected ${c.expect}, got ${report.verdict}`;
  const failing = report.tests.find((t) => t.verdict !== 'accepted');
  if (c.messageIncludes !== undefined && !(failing?.message ?? '').includes(c.messageIncludes)) {
    return `the message ${JSON.stringify(failing?.message ?? '')} does not say ${JSON.stringify(c.messageIncludes)}`;
  }
  const compileErrors = report.tests.filter((t) => t.verdict === 'compile_error').length;
  if (c.expect === 'compile_error' && compileErrors !== 1) return `the compile error is reported ${compileErrors} times, not once`;
  return undefined;
}

/** Samples the host's resident memory every 20 ms on a timer; stop() returns the peak in bytes. */
function sampleRss(): { start: number; stop: () => number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  return {
    start,
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

const MB = 1024 * 1024;

export interface HostileCaseResult {
  file: string;
  className: HostileClass;
  expect: Verdict;
  verdict: Verdict;
  contained: boolean;
  /** Why the file is not contained: the wrong verdict, a message that misdescribes, a repeated compile error. */
  mismatch?: string;
  pending?: string;
  submitFull: boolean;
  /** The whole submission as the host saw it, from the call to the report. */
  wallMs: number;
  /** max(2 × the per-test limit + 1 s, 10 s). */
  boundMs: number;
  /** The host's resident memory at its highest while this file was judged. */
  hostRssPeakMb: number;
  /** That peak less the resident memory at the file's start: what this file added (earlier files' garbage can linger). */
  hostRssGrowthMb: number;
  /** The longest host event-loop stall while this file was judged. */
  stallMs: number;
  tests: number;
  /** Tests the judge stopped before running (fail-fast), when it reports them. */
  notRun?: number;
  /** The first failing test's message. */
  message?: string;
}

export interface HostileClassFigures {
  className: HostileClass;
  files: number;
  contained: number;
  worstWallMs: number;
  worstWallFile: string;
  worstRssMb: number;
  worstRssGrowthMb: number;
  worstStallMs: number;
}

export interface HostileCorpusFigures {
  /** Files not pending: the ones the corpus is judged by. */
  files: number;
  contained: number;
  pendingFiles: number;
  pendingContained: number;
  /** Per class, pending files left out. */
  classes: HostileClassFigures[];
  results: HostileCaseResult[];
  hostRssBeforeMb: number;
  hostRssPeakMb: number;
  longestEventLoopStallMs: number;
  /** The same measure over a second of idling before the run: what the machine's load alone causes. */
  idleEventLoopStallMs: number;
  /** A correct submission judged after the whole corpus. */
  acceptedAfterwards: boolean;
}

export function classFigures(results: readonly HostileCaseResult[]): HostileClassFigures[] {
  return HOSTILE_CLASSES.map((className) => {
    const mine = results.filter((r) => r.className === className && r.pending === undefined);
    const slowest = mine.reduce<HostileCaseResult | undefined>((a, b) => (a && a.wallMs >= b.wallMs ? a : b), undefined);
    return {
      className,
      files: mine.length,
      contained: mine.filter((r) => r.contained).length,
      worstWallMs: slowest?.wallMs ?? 0,
      worstWallFile: slowest?.file ?? '',
      worstRssMb: Math.max(0, ...mine.map((r) => r.hostRssPeakMb)),
      worstRssGrowthMb: Math.max(0, ...mine.map((r) => r.hostRssGrowthMb)),
      worstStallMs: Math.max(0, ...mine.map((r) => r.stallMs)),
    };
  }).filter((c) => c.files > 0);
}

export async function measureHostileCorpus(
  options: { corpusDir?: string; workerScript?: string; log?: (m: string) => void } = {},
): Promise<HostileCorpusFigures> {
  const cases = readHostileCorpus(options.corpusDir);
  const problems = new Map<string, Problem>();
  const judge = new Judge({
    ...(options.workerScript !== undefined ? { workerScript: options.workerScript } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const stall = monitorEventLoopDelay({ resolution: 5 });
  const perFile = monitorEventLoopDelay({ resolution: 5 });
  const results: HostileCaseResult[] = [];
  try {
    // Problem loading compiles schemas on this thread; do it before measuring the judge.
    for (const c of cases) await loadCorpusProblem(c.problemId, problems);
    const pairSum = await loadCorpusProblem(DEFAULT_HOSTILE_PROBLEM, problems);
    // The corpus has TypeScript files: warm as the extension does for a TypeScript session.
    await judge.warm({ typescript: true });
    const python = cases.some((c) => c.language === 'python');
    if (python) await judge.warm({ python: true });
    // A full Submit's generated tests need the reference's answers first; the extension computes
    // them once per problem, so compute them here and charge each file only its own submission.
    for (const id of new Set(cases.filter((c) => c.submitFull).map((c) => c.problemId))) {
      const problem = await loadCorpusProblem(id, problems);
      const reference = await judge.submit(problem, problem.reference, 'javascript');
      if (reference.verdict !== 'accepted') throw new Error(`the reference of ${id} is not accepted (${reference.verdict})`);
    }
    stall.enable();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stall.disable();
    const idleStallMs = stall.max / 1e6;
    stall.reset();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    stall.enable();
    // Never disabled between files: a stall that begins as one file ends is still measured, in the
    // next file's window.
    perFile.enable();
    for (const c of cases) {
      const problem = await loadCorpusProblem(c.problemId, problems);
      const limit = c.submitFull ? judge.timeLimitMs(problem) : (c.timeLimitMs ?? judge.timeLimitMs(problem));
      perFile.reset();
      const longestBefore = stall.max;
      const rss = sampleRss();
      // A file that killed the worker leaves a respawn behind: its wall time goes to that file, not
      // to this one, but any stall or memory it costs the host is still counted here.
      await judge.warm({ python: c.language === 'python' });
      const started = performance.now();
      const report = c.submitFull
        ? await judge.submit(problem, c.source, c.language)
        : await judge.judge(problem, c.source, c.language, corpusTests(problem, c.expect), { timeLimitMs: limit });
      const wallMs = performance.now() - started;
      const rssPeakBytes = rss.stop();
      // The run-long histogram sometimes sees a stall the per-file one misses (one that begins as
      // the window opens): if the run's longest stall grew during this file, it is this file's.
      const stallMs = Math.max(perFile.max, stall.max > longestBefore ? stall.max : 0) / 1e6;
      rssPeak = Math.max(rssPeak, rssPeakBytes);
      const mismatch = mismatchOf(c, report);
      const failing = report.tests.find((t) => t.verdict !== 'accepted');
      const notRun = (report as JudgeReport & { notRun?: number }).notRun;
      results.push({
        file: c.file,
        className: c.className,
        expect: c.expect,
        verdict: report.verdict,
        contained: mismatch === undefined,
        ...(mismatch !== undefined ? { mismatch } : {}),
        ...(c.pending !== undefined ? { pending: c.pending } : {}),
        submitFull: c.submitFull,
        wallMs,
        boundMs: submissionBoundMs(c.language === 'python' ? pythonTimeLimitMs(limit) : limit),
        hostRssPeakMb: rssPeakBytes / MB,
        hostRssGrowthMb: (rssPeakBytes - rss.start) / MB,
        stallMs,
        tests: report.tests.length,
        ...(notRun !== undefined ? { notRun } : {}),
        ...(failing?.message !== undefined ? { message: failing.message } : {}),
      });
      options.log?.(`${c.file}: expected ${c.expect}, got ${report.verdict} in ${Math.round(wallMs)} ms, host RSS ${Math.round(rssPeakBytes / MB)} MB, stall ${Math.round(stallMs)} ms`);
    }
    stall.disable();
    const after = python
      ? await judge.run(await loadCorpusProblem(DEFAULT_PYTHON_HOSTILE_PROBLEM, problems), PYTHON_TWO_SUM, 'python')
      : await judge.run(pairSum, pairSum.reference, 'javascript');
    const counted = results.filter((r) => r.pending === undefined);
    const pending = results.filter((r) => r.pending !== undefined);
    return {
      files: counted.length,
      contained: counted.filter((r) => r.contained).length,
      pendingFiles: pending.length,
      pendingContained: pending.filter((r) => r.contained).length,
      classes: classFigures(results),
      results,
      hostRssBeforeMb: rssBefore / MB,
      hostRssPeakMb: Math.max(rssPeak, process.memoryUsage.rss()) / MB,
      longestEventLoopStallMs: stall.max / 1e6,
      idleEventLoopStallMs: idleStallMs,
      acceptedAfterwards: after.verdict === 'accepted',
    };
  } finally {
    stall.disable();
    perFile.disable();
    await judge.dispose();
  }
}
