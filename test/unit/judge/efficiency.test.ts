import { strict as assert } from 'node:assert';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAIVE_RECORD_FILE, readNaiveRecord } from '../../../src/cli/naiveRecord';
import { runJudge } from '../../../src/cli/judge';
import { describeEfficiency } from '../../../src/vocabulary/efficiency';
import { Judge } from '../../../src/judge/judge';
import type { Problem } from '../../../src/problems/types';
import { validateProblem } from '../../../src/cli/validateProblem';
import { repoRoot, testWorkerScript } from './workerBuild';
import { problemAt } from '../../builders/problems';

/** The bank's longest-increasing-subsequence: its O(n^2) naive.js is accepted within LeetCode's n ≤ 2,500 and too slow at n = 20,000. */
const PROBLEM_DIR = join(repoRoot, 'problems', 'longest-increasing-subsequence');

function lisProblem(): Promise<Problem> {
  return problemAt(PROBLEM_DIR, 'bundled');
}

/** Runs `onsite judge` in-process and keeps what it prints. */
async function cliJudge(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const { log } = console;
  console.log = (...parts: unknown[]) => {
    out.push(parts.map(String).join(' '));
  };
  try {
    // The unit stage runs before the build: the CLI gets the worker the tests bundle themselves.
    return { code: await runJudge(args, { workerScript: await testWorkerScript() }), out: out.join('\n') };
  } finally {
    console.log = log;
  }
}

describe('judge / efficiency tier', function () {
  this.timeout(180_000);
  let judge: Judge;
  let problem: Problem;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    problem = await lisProblem();
  });
  after(async () => {
    await judge.dispose();
  });

  it('loads the tier from tests.json with its own limit', () => {
    assert.equal(problem.tests.efficiency?.timeLimitMs, 1000);
    assert.ok(problem.tests.efficiency.tests.some((t) => t.generate.size > 2500), 'the tier is beyond the constraints');
  });

  it('the reference is efficient, with its time against the limit and the expected complexity', async () => {
    const report = await judge.efficiency(problem, problem.reference, 'javascript');
    assert.ok(report);
    assert.equal(report.verdict, 'efficient');
    assert.equal(report.expected, 'O(n log n)');
    assert.equal(report.slowest.limitMs, 1000);
    assert.ok(report.slowest.ms < report.slowest.limitMs);
    assert.equal(report.slowest.timedOut, false);
    assert.equal(report.differed, undefined);
    assert.match(describeEfficiency(report, 'javascript'), /^efficient at interview scale/);
  });

  it('naive.js, accepted by Submit, is too slow at interview scale: stopped at the limit, with the reference\'s time', async () => {
    const naive = readFileSync(join(PROBLEM_DIR, 'naive.js'), 'utf8');
    assert.equal((await judge.submit(problem, naive, 'javascript')).verdict, 'accepted');
    const report = await judge.efficiency(problem, naive, 'javascript');
    assert.ok(report);
    assert.equal(report.verdict, 'too_slow');
    assert.equal(report.slowest.timedOut, true);
    assert.ok(report.slowest.ms >= 1000);
    assert.ok(report.slowest.referenceMs > 0 && report.slowest.referenceMs < report.slowest.limitMs);
    assert.match(describeEfficiency(report, 'javascript'), /too slow at interview scale: .*an interviewer will ask for O\(n log n\)/);
  });

  it('an answer that differs only at interview scale is reported apart from the time verdict', async () => {
    // Correct within n ≤ 2,500 (the constraints); wrong beyond, where it gives up and answers 0.
    const capped = `${problem.reference}\nconst fullLIS = lengthOfLIS;\nlengthOfLIS = (nums) => (nums.length > 2500 ? 0 : fullLIS(nums));\n`;
    assert.equal((await judge.submit(problem, capped, 'javascript')).verdict, 'accepted');
    const report = await judge.efficiency(problem, capped, 'javascript');
    assert.equal(report?.verdict, 'efficient');
    assert.equal(report.differed?.verdict, 'wrong_answer');
    assert.match(describeEfficiency(report, 'javascript'), /the answer differed at interview scale/);
  });

  it('a solution that runs out of memory at interview scale is not called efficient: no test there ran to an answer', async () => {
    // Correct within the constraints; beyond them it asks for more memory than the sandbox has. Each
    // array is the sandbox's whole memory, so the first one fails at once: hoarding in small arrays
    // raced the tier's clock on a loaded machine (zero-filling them took longer than the limit).
    const hoarding = `${problem.reference}\nconst fullLIS = lengthOfLIS;\nlengthOfLIS = (nums) => { if (nums.length > 2500) { const hoard = []; for (;;) hoard.push(new Uint8Array(1 << 28)); } return fullLIS(nums); };\n`;
    assert.equal((await judge.submit(problem, hoarding, 'javascript')).verdict, 'accepted');
    const report = await judge.efficiency(problem, hoarding, 'javascript');
    assert.equal(report?.verdict, 'unfinished');
    assert.equal(report.differed?.verdict, 'memory_limit_exceeded');
    const sentence = describeEfficiency(report, 'javascript');
    assert.doesNotMatch(sentence, /efficient/);
    assert.match(sentence, /^not timed at interview scale: .*it failed on ".*interview scale.*" \(memory_limit_exceeded/);
  });

  it('a Python solution is judged against the tier\'s limit scaled for Python, as all its limits are, beside the JavaScript reference', async () => {
    // Judged against JavaScript's limit, a memoised O(n^3) burst-balloons in Python was "too slow: an
    // interviewer will ask for O(n^3)". Patience sorting with bisect: O(n log n), as the tier expects.
    const bisect = 'from bisect import bisect_left\nclass Solution:\n    def lengthOfLIS(self, nums):\n        tails = []\n        for x in nums:\n            i = bisect_left(tails, x)\n            if i == len(tails):\n                tails.append(x)\n            else:\n                tails[i] = x\n        return len(tails)\n';
    assert.equal((await judge.submit(problem, bisect, 'python')).verdict, 'accepted');
    const report = await judge.efficiency(problem, bisect, 'python');
    assert.ok(report);
    assert.equal(report.slowest.limitMs, 4 * 1000, 'the limit a Python solution runs under');
    assert.equal(report.verdict, 'efficient');
    assert.ok(report.slowest.referenceMs > 0);
    const sentence = describeEfficiency(report, 'python');
    assert.match(sentence, /^efficient at interview scale: .* of 4000 ms \(.*× the JavaScript reference's \d+ ms\)/);
  });

  it('a problem without a tier has no efficiency verdict', async () => {
    const withoutTier: Problem = { ...problem, tests: { visible: problem.tests.visible, hidden: problem.tests.hidden } };
    assert.equal(await judge.efficiency(withoutTier, problem.reference, 'javascript'), undefined);
  });

  it('onsite judge --json carries the efficiency field after an accepted submission', async () => {
    const { code, out } = await cliJudge([PROBLEM_DIR, join(PROBLEM_DIR, 'naive.js'), '--json']);
    assert.equal(code, 0, 'the correctness verdict still decides the exit code');
    const summary = JSON.parse(out) as { verdict: string; efficiency?: { verdict: string; expected: string; slowest: { label: string; ms: number; referenceMs: number; limitMs: number } } };
    assert.equal(summary.verdict, 'accepted');
    assert.equal(summary.efficiency?.verdict, 'too_slow');
    assert.equal(summary.efficiency.expected, 'O(n log n)');
    assert.equal(summary.efficiency.slowest.limitMs, 1000);
    assert.ok(summary.efficiency.slowest.ms >= 1000);
    assert.match(summary.efficiency.slowest.label, /interview scale/);
  });

  it('onsite validate skips validator.js on the tier and reports reference and naive against its limit', async () => {
    const result = await validateProblem(problem, judge);
    assert.deepEqual(result.issues, []);
    const figures = result.figures?.efficiency;
    assert.ok(figures);
    assert.equal(figures.limitMs, 1000);
    assert.ok(figures.referenceMs < figures.limitMs);
    assert.equal(figures.naiveCapped, true, 'naive.js reaches 5× the tier limit');
  });

  it('records a capped naive.js, trusts the record only while naive.js, the generator and the tier are unchanged', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'onsite-naive-'));
    const dir = join(parent, 'longest-increasing-subsequence');
    try {
      cpSync(PROBLEM_DIR, dir, { recursive: true });
      rmSync(join(dir, NAIVE_RECORD_FILE), { force: true });
      const measured = await validateProblem(await problemAt(dir, 'bundled'), judge, 'record');
      assert.equal(measured.figures?.efficiency?.naiveCapped, true);
      assert.equal(measured.figures.efficiency.naiveMeasured, undefined, 'measured in this run');
      const record = readNaiveRecord(dir);
      assert.ok(record, 'a capped run is recorded');
      assert.ok(record.naiveMs >= 5 * 1000);

      const trusted = await validateProblem(await problemAt(dir, 'bundled'), judge);
      assert.equal(trusted.figures?.efficiency?.naiveMeasured, record.measured, 'taken from the record');
      assert.equal(trusted.figures.efficiency.naiveMs, record.naiveMs);

      appendFileSync(join(dir, 'naive.js'), '\n// edited\n');
      const edited = await validateProblem(await problemAt(dir, 'bundled'), judge);
      assert.ok(edited.figures?.efficiency);
      assert.equal(edited.figures.efficiency.naiveMeasured, undefined, 'an edited naive.js is measured again');
      assert.equal(edited.figures.efficiency.naiveCapped, true);

      writeFileSync(join(dir, NAIVE_RECORD_FILE), '{ not json');
      assert.equal(readNaiveRecord(dir), undefined, 'a damaged record is no record');
      await validateProblem(await problemAt(dir, 'bundled'), judge, 'record');
      assert.ok(existsSync(join(dir, NAIVE_RECORD_FILE)) && readNaiveRecord(dir) !== undefined, 'recording replaces a damaged record');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
