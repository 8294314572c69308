import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { buildDebugScript } from '../../../src/judge/debugScript';
import { Judge } from '../../../src/judge/judge';
import { growthAgainstReference } from '../../../src/vocabulary/growth';
import { repoRoot, testWorkerScript } from './workerBuild';
import { fixtureProblem as fixture } from '../../builders/problems';

const fixtures = join(repoRoot, 'test', 'fixtures');

describe('judge / Judge on fixture problems', function () {
  this.timeout(120_000);
  let judge: Judge;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    await judge.warm();
  });
  after(async () => {
    await judge.dispose();
  });

  describe('correct and subtly wrong solutions', () => {
    const root = join(fixtures, 'solutions');
    for (const problemId of readdirSync(root)) {
      for (const file of readdirSync(join(root, problemId))) {
        const source = readFileSync(join(root, problemId, file), 'utf8');
        const expect = /\/\/ expect: (\w+)/.exec(source)?.[1];
        it(`${problemId}/${file} → ${expect ?? '?'}`, async () => {
          const problem = await fixture(problemId);
          const report = await judge.submit(problem, source, extname(file) === '.ts' ? 'typescript' : 'javascript');
          assert.equal(report.verdict, expect, report.tests.filter((t) => t.verdict !== 'accepted').map((t) => `${t.label}: ${t.message ?? ''}`).join('; '));
          assert.equal(report.total, problem.tests.visible.length + problem.tests.hidden.length);
        });
      }
    }
  });

  it('judges every fixture reference accepted, generated tests included', async () => {
    for (const id of readdirSync(join(fixtures, 'problems'))) {
      const problem = await fixture(id);
      const report = await judge.submit(problem, problem.reference, 'javascript');
      assert.equal(report.verdict, 'accepted', `${id}: ${report.tests.find((t) => t.verdict !== 'accepted')?.message ?? ''}`);
    }
  });

  it('reports every hidden test, marking hidden ones while keeping their input and expected value', async () => {
    const problem = await fixture('pair-sum');
    const wrong = 'var twoSum = function (nums, target) { return [0, 1]; };';
    const report = await judge.submit(problem, wrong, 'javascript');
    const hidden = report.tests.filter((t) => t.source === 'hidden');
    assert.equal(hidden.length, problem.tests.hidden.length);
    assert.ok(hidden.filter((t) => t.verdict === 'wrong_answer').length >= 2, 'more than the first failure is reported');
    for (const t of hidden) {
      assert.ok(t.input !== undefined && t.expected !== undefined, 'kept for the debrief');
      assert.match(t.id, /^hidden-\d+$/);
    }
    const visible = report.tests.find((t) => t.source === 'visible');
    assert.equal(visible?.verdict, 'accepted');
  });

  it('points runtime errors at the line of the user file, TypeScript included', async () => {
    const problem = await fixture('pair-sum');
    const js = ['// a comment', 'var twoSum = function (nums, target) {', '  const x = null;', '  return x.length;', '};'].join('\n');
    const jsReport = await judge.run(problem, js, 'javascript');
    assert.equal(jsReport.verdict, 'runtime_error');
    assert.equal(jsReport.tests[0]?.position?.line, 4);
    const ts = ['interface Unused {', '  a: number;', '}', 'function twoSum(nums: number[], target: number): number[] {', '  const x: { length: number } | null = null as any;', '  return [x!.length];', '}'].join('\n');
    const tsReport = await judge.run(problem, ts, 'typescript');
    assert.equal(tsReport.verdict, 'runtime_error');
    assert.equal(tsReport.tests[0]?.position?.line, 6);
  });

  it('reports compile errors with line and column', async () => {
    const problem = await fixture('pair-sum');
    const report = await judge.run(problem, 'var twoSum = function (nums, target) {\n  return [0, 1;\n};\n', 'javascript');
    assert.equal(report.verdict, 'compile_error');
    const position = report.tests[0]?.position;
    assert.ok(position);
    assert.equal(position.line, 2);
    assert.ok(position.column > 1);
  });

  it('takes expected values for custom tests from the reference and captures console output per test', async () => {
    const problem = await fixture('pair-sum');
    const source = 'var twoSum = function (nums, target) {\n  console.log("n =", nums.length, { target });\n  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];\n};';
    const report = await judge.run(problem, source, 'javascript', [{ label: 'mine', args: [[5, 6, 2], 7] }]);
    const custom = report.tests.find((t) => t.source === 'custom');
    assert.ok(custom);
    assert.equal(custom.verdict, 'accepted');
    assert.equal(custom.expected, JSON.stringify([0, 2]));
    assert.equal(custom.console, 'n = 3 {"target":7}\n');
    assert.equal(report.tests[0]?.console, 'n = 4 {"target":9}\n');
  });

  it('provides the LeetCode runtime libraries to solutions that mention them', async () => {
    const problem = await fixture('pair-sum');
    const source = [
      'var twoSum = function (nums, target) {',
      '  const pq = new MinPriorityQueue((x) => x[0]);',
      '  nums.forEach((v, i) => pq.enqueue([v, i]));',
      '  const sorted = [];',
      '  while (!pq.isEmpty()) sorted.push(pq.dequeue());',
      '  const q = new Queue(sorted);',
      '  const d = new Deque(q.toArray());',
      '  while (d.size() > 1) {',
      '    const s = d.front()[0] + d.back()[0];',
      '    if (s === target) return _.sortBy([d.front()[1], d.back()[1]]);',
      '    if (s < target) d.popFront(); else d.popBack();',
      '  }',
      '};',
    ].join('\n');
    const report = await judge.run(problem, source, 'javascript', [
      { label: 'negatives', args: [[-3, 4, 3, 90], 0] },
      { label: 'far apart', args: [[1, 5, 9, 3], 4] },
    ]);
    assert.equal(report.verdict, 'accepted', report.tests.find((t) => t.verdict !== 'accepted')?.message);
  });

  it('measures test strength: which mutants the custom tests catch, with the bug of each missed one', async () => {
    const problem = await fixture('pair-sum');
    const weak = await judge.measureTestStrength(problem, [{ label: 'adjacent', args: [[2, 7, 11, 15], 9] }]);
    assert.ok(weak.missed.some((m) => m.file === 'first-pair-only-adjacent.js' && m.bug.length > 0));
    const strong = await judge.measureTestStrength(problem, [
      { label: 'far apart', args: [[1, 5, 9, 3], 4] },
      { label: 'double', args: [[3, 2, 4], 6] },
    ]);
    assert.equal(strong.missed.length, 0, JSON.stringify(strong.missed));
    assert.equal(strong.caught.length, problem.mutants.length);
    assert.ok(strong.caught.every((m) => m.caughtBy !== undefined));
  });

  it('measures growth on doubling generated inputs, with the reference timed on the same ones', async () => {
    const problem = await fixture('pair-sum');
    const quadratic = 'var twoSum = function (nums, target) {\n  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target + 1e9) return [i, j];\n  return [0, 1];\n};';
    const report = await judge.measureScaling(problem, quadratic, 'javascript', { baseSize: 400, maxSize: 3200, budgetMs: 60_000 });
    assert.deepEqual(report.points.map((p) => p.size).slice(0, 2), [400, 800], 'sizes double from the base');
    assert.ok(report.points.length >= 3, `at least three sizes before a quarter of the limit: ${JSON.stringify(report.points)}`);
    assert.ok(report.growth === 'quadratic' || report.growth === 'worse', `${report.growth} ${report.exponent}`);
    assert.ok(report.points.every((p) => p.referenceMs !== undefined), 'the reference ran on every input');
    // Steeper than the reference; or, when a loaded machine left the reference above the timing floor at
    // one doubling only, no relative verdict, and the quadratic absolute fit above decides. Never "similar".
    assert.ok(['steeper', 'unknown'].includes(growthAgainstReference(report.points).kind), JSON.stringify(report.points));

    // The reference against itself: the same growth, whatever QuickJS's collector does to the absolute fit.
    const itself = await judge.measureScaling(problem, problem.reference, 'javascript', { baseSize: 2000, maxSize: 64_000 });
    assert.ok(itself.points.every((p, i, all) => i === 0 || p.inputChars > (all[i - 1]?.inputChars ?? 0)));
    assert.notEqual(growthAgainstReference(itself.points).kind, 'steeper', JSON.stringify(itself.points));
  });

  it('builds a debug script that reproduces the judged output in Node', async () => {
    const problem = await fixture('reverse-list');
    const source = 'function reverseList(head) {\n  let prev = null;\n  while (head) [head.next, prev, head] = [prev, head, head.next];\n  return prev;\n}\n';
    const script = buildDebugScript(problem, { script: source, libraries: [] }, [[1, 2, 3]]);
    assert.equal((await judge.debugScript(problem, source, 'javascript', [[1, 2, 3]])).script, script, 'no library mentioned, nothing added');
    assert.equal(script.split('\n')[1], '  let prev = null;', 'the solution keeps its line numbers');
    const dir = mkdtempSync(join(tmpdir(), 'onsite-debug-'));
    writeFileSync(join(dir, 'debug.js'), script);
    const output = execFileSync(process.execPath, [join(dir, 'debug.js')], { encoding: 'utf8' });
    const report = await judge.judge(problem, source, 'javascript', [{ id: 't', label: 't', source: 'custom', args: [[1, 2, 3]] }]);
    assert.equal(output.trim(), `output: ${report.tests[0]?.actual ?? ''}`);
  });

  it('puts the bundled libraries into debug scripts that mention them', async () => {
    const problem = await fixture('pair-sum');
    const source = 'var twoSum = function (nums, target) {\n  const q = new MinPriorityQueue();\n  q.enqueue(3);\n  return [q.front() - 3, 1];\n};\n';
    const dir = mkdtempSync(join(tmpdir(), 'onsite-debug-'));
    writeFileSync(join(dir, 'debug.js'), (await judge.debugScript(problem, source, 'javascript', [[2, 7], 9])).script);
    assert.equal(execFileSync(process.execPath, [join(dir, 'debug.js')], { encoding: 'utf8' }).trim(), 'output: [0,1]');
  });

  it('replays design tests with null for void methods whatever they return', async () => {
    const problem = await fixture('stack-design');
    const source = 'class MinStack {\n  s = [];\n  push(v) { return this.s.push(v); }\n  pop() { return this.s.pop(); }\n  top() { return this.s.at(-1); }\n  getMin() { return Math.min(...this.s); }\n}';
    const report = await judge.run(problem, source, 'javascript');
    assert.equal(report.verdict, 'accepted');
    assert.equal(report.tests[0]?.actual, JSON.stringify([null, null, null, null, -3, null, 0, -2]));
  });
});
