/**
 * Sandbox integrity and the bounds every run keeps (issue 22): memory no test can reach beyond its
 * own heap, TypeScript transpiled under the watchdog, fail-fast runs inside a whole-run budget,
 * verdicts from the engine's signals rather than an error's text, and comparisons as statements say.
 */
import { strict as assert } from 'node:assert';
import { Judge } from '../../../src/judge/judge';
import { WorkerClient } from '../../../src/judge/workerClient';
import { submissionBudgetMs } from '../../../src/judge/protocol';
import type { Problem } from '../../../src/problems/types';
import { nodeRecursionDepth, recursingPairSum, sandboxRecursionDepth } from '../../reliability/recursionDepth';
import { testWorkerScript } from './workerBuild';
import { fixtureProblem as fixture } from '../../builders/problems';

/** Three literal tests of pair-sum, enough to see what carries from one test to the next. */
const PAIRS = [
  { id: 't1', label: 'first', source: 'custom' as const, args: [[2, 7, 11, 15], 9], expected: [0, 1] },
  { id: 't2', label: 'second', source: 'custom' as const, args: [[3, 2, 4], 6], expected: [1, 2] },
  { id: 't3', label: 'third', source: 'custom' as const, args: [[3, 3], 6], expected: [0, 1] },
];

describe('judge / sandbox integrity and bounds', function () {
  this.timeout(120_000);
  let judge: Judge;
  let pairSum: Problem;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    await judge.warm({ typescript: true });
    pairSum = await fixture('pair-sum');
  });
  after(async () => {
    await judge.dispose();
  });

  describe('guest globals', () => {
    it('offers no SharedArrayBuffer and no QuickJS-only globals, by any route', async () => {
      const probe = `var twoSum = function (nums, target) {
        const found = [];
        if (typeof SharedArrayBuffer !== 'undefined') found.push('global SharedArrayBuffer');
        if (typeof InternalError !== 'undefined') found.push('global InternalError');
        const viaThis = Function('return this')();
        if ('SharedArrayBuffer' in viaThis || Reflect.has(globalThis, 'SharedArrayBuffer')) found.push('via this');
        if (typeof eval('typeof SharedArrayBuffer') === 'string' && eval('typeof SharedArrayBuffer') !== 'undefined') found.push('via eval');
        if (Object.getOwnPropertyNames(globalThis).some((n) => /Shared|Atomics|InternalError/.test(n))) found.push('own names');
        if (found.length > 0) throw new Error(found.join(', '));
        return [0, 1];
      };`;
      const report = await judge.judge(pairSum, probe, 'javascript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'accepted', report.tests[0]?.message);
    });

    it('lets no buffer write change another object, and nothing a test writes shows in the next', async () => {
      // Every test writes a tag wherever buffers reach and then scans what fresh, resized and
      // transferred buffers contain; only an untouched heap gives the right answer on every test.
      const solution = `var twoSum = function (nums, target) {
        const tag = 'ONSITE-TAG-' + nums.length;
        const keep = 'a live string that must not change';
        const before = keep + '';
        const views = [];
        const grown = new ArrayBuffer(16, { maxByteLength: 1 << 21 });
        grown.resize(1 << 21);
        views.push(new Uint8Array(grown));
        views.push(new Uint8Array(new ArrayBuffer(1 << 20)));
        views.push(new Uint8Array(new ArrayBuffer(64).transfer(1 << 20)));
        views.push(new Uint8Array(new DataView(new ArrayBuffer(1 << 16)).buffer));
        let leaked = 0;
        for (const v of views) for (let i = 0; i < v.length; i++) if (v[i] !== 0) { leaked++; break; }
        for (const v of views) for (let i = 0; i < v.length; i += 97) v[i] = tag.charCodeAt(i % tag.length);
        globalThis.leftover = tag.repeat(1000);
        if (leaked > 0) return [-1, -1];
        if (keep !== before) return [-2, -2];
        const seen = new Map();
        for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); }
      };`;
      // Scanning 4 MB byte by byte takes QuickJS a while on a busy machine: a limit that is not the point here.
      const report = await judge.judge(pairSum, solution, 'javascript', PAIRS, { timeLimitMs: 15_000 });
      assert.equal(report.verdict, 'accepted', report.tests.map((t) => `${t.label}: ${t.actual ?? t.message ?? ''}`).join('; '));
      assert.equal(report.passed, 3);
    });
  });

  describe('TypeScript', () => {
    it('transpiles namespaces, enums and parameter properties as TypeScript does', async () => {
      const source = [
        'namespace Pairs {',
        '  export const none: number[] = [];',
        '}',
        'enum Side { Left, Right }',
        'class Finder { constructor(private readonly seen = new Map<number, number>()) {} }',
        'function twoSum(nums: number[], target: number): number[] {',
        '  const f = new Finder();',
        '  for (let i = 0; i < nums.length; i++) {',
        '    const j = (f as any).seen.get(target - nums[i]);',
        '    if (j !== undefined) return [j + Side.Left, i * Side.Right];',
        '    (f as any).seen.set(nums[i], i);',
        '  }',
        '  return Pairs.none;',
        '}',
      ].join('\n');
      const report = await judge.judge(pairSum, source, 'typescript', PAIRS);
      assert.equal(report.verdict, 'accepted', report.tests[0]?.message);
    });

    it('transpiles 40 levels of nested generic calls, the shape that made the old transpiler hang', async () => {
      let nested = 'x';
      for (let i = 0; i < 40; i++) nested = `<T>(${nested})`;
      const source = `function id<T>(x: T): T { return x; }\nfunction twoSum(nums: number[], target: number): number[] {\n  const x = [0, 1];\n  return id<number[]>(${nested});\n}\n`;
      const report = await judge.judge(pairSum, source, 'typescript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'accepted', report.tests[0]?.message);
    });

    it('points runtime errors at the line of the .ts file, after lines the transpiler drops', async () => {
      const source = ['interface Unused {', '  a: number;', '}', '', 'type Pair = [number, number];', '', 'function twoSum(nums: number[], target: number): Pair {', '  const none: Pair | undefined = undefined;', '  return none!.slice() as Pair;', '}'].join('\n');
      const report = await judge.judge(pairSum, source, 'typescript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'runtime_error');
      assert.equal(report.tests[0]?.position?.line, 9, JSON.stringify(report.tests[0]));
    });

    it('reports a syntax error once, with its position, and runs nothing', async () => {
      const report = await judge.judge(pairSum, 'function twoSum(nums: number[] target: number) {\n  return [0, 1];\n}\n', 'typescript', PAIRS);
      assert.equal(report.verdict, 'compile_error');
      assert.equal(report.tests.length, 1);
      assert.equal(report.tests[0]?.position?.line, 1);
      assert.equal(report.total, 3);
      assert.equal(report.notRun, 2);
    });

    it('ends a transpile that overruns the watchdog as a compile error, and judges the next file', async () => {
      const huge = Array.from({ length: 60_000 }, (_, i) => `const v${i}: Array<Map<string, number[]>> = new Map<string, number[]>() as any;`).join('\n');
      const report = await judge.judge(pairSum, `${huge}\nfunction twoSum(nums: number[], target: number): number[] { return [0, 1]; }\n`, 'typescript', PAIRS, { timeLimitMs: 1 });
      assert.equal(report.verdict, 'compile_error');
      assert.match(report.tests[0]?.message ?? '', /transpiler exceeded its time/);
      const next = await judge.judge(pairSum, pairSum.reference, 'javascript', PAIRS);
      assert.equal(next.verdict, 'accepted');
    });

    it('gives a fresh worker time to load the transpiler, however short the limit of the calls', async () => {
      // Destructuring sends this script through the engine-parity pass, which loads TypeScript (about a
      // second of CPU) in the batch's first moments: the per-call watchdog (here 502 ms) must not end
      // it, as it once did on a busy machine, reporting correct code as not compiling.
      const client = new WorkerClient({ workerScript: await testWorkerScript() });
      try {
        const [outcome] = await client.runBatch({
          script: 'function validate([nums]) {\n  const [first] = nums;\n  return first === 1;\n}\n',
          fileName: 'validator.js',
          libraries: [],
          calls: [{ kind: 'validate', argsJson: '[[1]]' }],
          timeLimitMs: 1,
        });
        assert.notEqual(outcome?.status === 'failed' ? outcome.failure : undefined, 'compile', JSON.stringify(outcome));
        assert.equal(client.stats.watchdogKills, 0, JSON.stringify(outcome));
      } finally {
        await client.dispose();
      }
    });
  });

  describe('engine parity with Node', () => {
    it('takes spread calls of 10^5 arguments to the built-ins LeetCode code spreads into', async () => {
      const source = `var twoSum = function (nums, target) {
        const big = Array.from({ length: 100000 }, (_, i) => i);
        const arr = []; arr.push(...big); arr.unshift(...big);
        const spliced = [1, 2, 3]; spliced.splice(1, 1, ...big);
        const facts = [Math.max(...big), Math.min(...big), arr.length, String.fromCharCode(...big.map((x) => 65 + (x % 26))).length,
          [].concat(...big.map((x) => [x])).length, spliced.length, spliced[100001], Math.max(...[3, 9, 4])];
        if (facts.join() !== '99999,0,200000,100000,100000,100002,3,9') throw new Error(facts.join());
        const seen = new Map();
        for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); }
      };`;
      for (const language of ['javascript', 'typescript'] as const) {
        const report = await judge.judge(pairSum, source, language, PAIRS.slice(0, 1), { timeLimitMs: 5000 });
        assert.equal(report.verdict, 'accepted', `${language}: ${report.tests[0]?.message ?? ''}`);
      }
    });

    it('recurses at least as deep as Node with its default stack, for the same function', async () => {
      // LeetCode runs Node: a recursive solution that fits Node's default stack must fit the sandbox's.
      const nodeDepth = nodeRecursionDepth();
      const report = await judge.judge(pairSum, recursingPairSum(nodeDepth), 'javascript', PAIRS.slice(0, 1), { timeLimitMs: 10_000 });
      assert.equal(report.verdict, 'accepted', `${nodeDepth} frames (Node's default): ${report.tests[0]?.message ?? ''}`);
      assert.ok(await sandboxRecursionDepth(judge, pairSum) >= nodeDepth);
    });

    it('keeps lines and sloppy mode in a rewritten script, and leaves optional and super calls alone', async () => {
      const source = [
        'var twoSum = function (nums, target) {',
        '  undeclared = Math.max(...nums);',
        '  const none = null;',
        '  if (none?.f(...nums) !== undefined) return [9, 9];',
        '  throw new Error("line 5 " + undeclared);',
        '};',
      ].join('\n');
      const report = await judge.judge(pairSum, source, 'javascript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'runtime_error');
      assert.match(report.tests[0]?.message ?? '', /line 5 15/);
      assert.equal(report.tests[0]?.position?.line, 5);
    });
  });

  describe('Node built-ins LeetCode solutions use', () => {
    it('runs structuredClone, queueMicrotask, TextEncoder, performance, localeCompare and require as Node does', async () => {
      const source = `const { MinPriorityQueue } = require('@datastructures-js/priority-queue');
      var twoSum = function (nums, target) {
        const copy = structuredClone({ nums, seen: new Map([[1, new Set([2])]]) });
        const bytes = new TextEncoder().encode('héllo');
        const words = ['b', 'B', 'a', 'A'].sort((x, y) => x.localeCompare(y));
        const started = performance.now();
        let micro = false; queueMicrotask(() => { micro = true; });
        const q = new MinPriorityQueue(); q.enqueue(3); q.enqueue(1);
        const facts = [copy.nums !== nums && copy.nums.length === nums.length, copy.seen.get(1).has(2), bytes.length, new TextDecoder().decode(bytes),
          words.join(''), typeof started, micro, q.front(), new Intl.NumberFormat('en-US').format(1234567.891)];
        if (facts.join('|') !== 'true|true|6|héllo|aAbB|number|false|1|1,234,567.891') throw new Error(facts.join('|'));
        const seen = new Map();
        for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); }
      };`;
      const report = await judge.judge(pairSum, source, 'javascript', PAIRS);
      assert.equal(report.verdict, 'accepted', report.tests[0]?.message);
    });
  });

  describe('bounds on a whole run', () => {
    it('stops at the first test over the time limit and counts the rest as not run', async () => {
      const started = performance.now();
      const report = await judge.judge(pairSum, 'var twoSum = function () { for (;;) {} };', 'javascript', PAIRS, { timeLimitMs: 200 });
      const wall = performance.now() - started;
      assert.equal(report.verdict, 'time_limit_exceeded');
      assert.equal(report.tests.length, 1);
      assert.equal(report.notRun, 2);
      assert.match(report.stoppedBy ?? '', /time limit/);
      // Generous: the shared machine may stretch anything, but three limits would mean no fail-fast.
      assert.ok(wall < 4 * submissionBudgetMs(200), `${Math.round(wall)} ms`);
    });

    it('cuts a run of uninterruptible native calls at the whole run\'s budget', async () => {
      // Each test's native join ignores the interrupt; only the watchdog and the budget end them.
      const tests = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, label: `native ${i}`, source: 'custom' as const, args: [[2, 7], 9], expected: [0, 1] }));
      const source = 'var twoSum = function () { return [new Array(3e8).join().length, 0]; };';
      const started = performance.now();
      const report = await judge.judge(pairSum, source, 'javascript', tests, { timeLimitMs: 50 });
      const wall = performance.now() - started;
      assert.equal(report.verdict, 'time_limit_exceeded');
      assert.ok(report.tests.length + (report.notRun ?? 0) === 8);
      assert.ok(wall < 4 * submissionBudgetMs(50), `${Math.round(wall)} ms for a budget of ${submissionBudgetMs(50)} ms`);
    });

    it('caps an answer near the expected size inside the sandbox, as a wrong answer', async () => {
      const report = await judge.judge(pairSum, "var twoSum = function () { return ['x'.repeat(5e6)]; };", 'javascript', PAIRS);
      assert.equal(report.verdict, 'wrong_answer');
      assert.match(report.tests[0]?.message ?? '', /too large/);
      assert.ok((report.tests[0]?.actual ?? '').length < 100_000);
    });
  });

  describe('verdicts from the engine, not from text', () => {
    it('reports a guest error that says "out of memory" as the runtime error it is', async () => {
      const report = await judge.judge(pairSum, "var twoSum = function () { throw new Error('InternalError: out of memory'); };", 'javascript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'runtime_error');
    });

    it('reports a forged "interrupted" error, built from a real InternalError, as a runtime error', async () => {
      const source = `var twoSum = function () {
        let Internal;
        try { (function f() { f(); })(); } catch (e) { Internal = e.constructor; }
        throw new Internal('interrupted');
      };`;
      const report = await judge.judge(pairSum, source, 'javascript', PAIRS.slice(0, 1));
      assert.equal(report.verdict, 'runtime_error', report.tests[0]?.message);
    });

    it('still calls a real allocation failure a memory limit, and recycles cleanly', async () => {
      const report = await judge.judge(pairSum, 'var twoSum = function () { return [new Float64Array(1e8).length, 0]; };', 'javascript', PAIRS);
      assert.equal(report.verdict, 'memory_limit_exceeded');
      assert.equal(report.notRun, 2);
      const next = await judge.judge(pairSum, pairSum.reference, 'javascript', PAIRS);
      assert.equal(next.verdict, 'accepted');
    });

    it('describes any thrown value faithfully', async () => {
      const cases: [string, RegExp][] = [
        ["throw Symbol('boom')", /threw Symbol\(boom\)/],
        ['throw undefined', /threw undefined/],
        ['throw 12n', /threw 12n/],
      ];
      for (const [statement, message] of cases) {
        const report = await judge.judge(pairSum, `var twoSum = function () { ${statement}; };`, 'javascript', PAIRS.slice(0, 1));
        assert.equal(report.verdict, 'runtime_error');
        assert.match(report.tests[0]?.message ?? '', message);
      }
    });
  });

  describe('comparison as the statement says', () => {
    it('judges boxed primitives by the value they box', async () => {
      const source = 'var twoSum = function (nums, target) { const m = new Map(); for (let i = 0; i < nums.length; i++) { if (m.has(target - nums[i])) return [new Number(m.get(target - nums[i])), Object(i)]; m.set(nums[i], i); } };';
      const report = await judge.judge(pairSum, source, 'javascript', PAIRS);
      assert.equal(report.verdict, 'accepted', report.tests[0]?.message);
    });

    it('holds float answers to an absolute 1e-5 unless the problem says relative', async () => {
      const problem = await fixture('mean-value');
      // Around 10^6 the old relative rule allowed 10: an answer off by 0.5 passed.
      const tests = [{ id: 'f', label: 'large mean', source: 'custom' as const, args: [[1_000_000, 1_000_000]], expected: 1_000_000 }];
      const answer = (value: number): string => `var average = function () { return ${value}; };`;
      assert.equal((await judge.judge(problem, answer(1_000_000 + 5e-6), 'javascript', tests)).verdict, 'accepted');
      assert.equal((await judge.judge(problem, answer(1_000_000.5), 'javascript', tests)).verdict, 'wrong_answer');
      const relative = { ...problem, meta: { ...problem.meta, floatTolerance: { value: 1e-5, relative: true } } };
      assert.equal((await judge.judge(relative, answer(1_000_000.5), 'javascript', tests)).verdict, 'accepted');
    });
  });
});
