/**
 * The Python judge's figures (`npm run bench -- --python`): the sandbox process's cold start, the
 * first and later Runs after warm-up, per-test overhead, and a 10^6-iteration loop in Pyodide next to
 * the same loop in QuickJS and in Node itself: the basis of PYTHON_TIME_FACTOR.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Judge } from '../../src/judge/judge';
import { PYTHON_TIME_FACTOR } from '../../src/judge/python/pythonSandbox';
import { loadProblem } from '../../src/problems/loader';

const root = join(__dirname, '..', '..');

const TWO_SUM = 'class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n';
const PY_LOOP = 'class Solution:\n    def twoSum(self, nums, target):\n        s = 0\n        for i in range(1_000_000):\n            s += i\n        return [0, 1]\n';
const JS_LOOP = 'var twoSum = function (nums, target) { let s = 0; for (let i = 0; i < 1e6; i++) s += i; return [0, 1]; };';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchPython(): Promise<string[]> {
  const loaded = await loadProblem(join(root, 'problems', 'two-sum'), 'bundled');
  if (!loaded.ok) throw new Error('problems/two-sum does not load');
  const problem = loaded.problem;
  const judge = new Judge({ workerScript: join(root, 'dist', 'worker.js') });
  const lines: string[] = [];
  try {
    const coldStarted = performance.now();
    await judge.warm({ python: true });
    lines.push(`cold start of the Python sandbox process (Pyodide loaded, locked down, warmed): ${Math.round(performance.now() - coldStarted)} ms`);
    await judge.warm();
    const firstStarted = performance.now();
    await judge.run(problem, TWO_SUM, 'python');
    lines.push(`first Run after warm-up (two-sum, ${problem.tests.visible.length} examples): ${Math.round(performance.now() - firstStarted)} ms`);
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      await judge.run(problem, TWO_SUM, 'python');
      runs.push(performance.now() - started);
    }
    lines.push(`warm Run, median of 7: ${median(runs).toFixed(1)} ms`);
    const tests = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, label: `t${i}`, source: 'custom' as const, args: [[1, 2, 3], 5], expected: [1, 2] }));
    const batchStarted = performance.now();
    const batch = await judge.judge(problem, TWO_SUM, 'python', tests);
    lines.push(`per-test overhead (100 tiny tests in one batch, fresh globals each): ${((performance.now() - batchStarted) / 100).toFixed(2)} ms per test (${batch.verdict})`);
    const loopTest = [{ id: 'loop', label: 'loop', source: 'custom' as const, args: [[1, 2], 3], expected: [0, 1] }];
    const pyLoop = (await judge.judge(problem, PY_LOOP, 'python', loopTest, { timeLimitMs: 10_000 })).tests[0]?.timeMs ?? NaN;
    const jsLoop = (await judge.judge(problem, JS_LOOP, 'javascript', loopTest, { timeLimitMs: 10_000 })).tests[0]?.timeMs ?? NaN;
    const nodeStarted = performance.now();
    let s = 0;
    for (let i = 0; i < 1e6; i++) s += i;
    const nodeLoop = performance.now() - nodeStarted + (s < 0 ? 1 : 0);
    lines.push(`10^6 loop additions: Pyodide ${pyLoop.toFixed(0)} ms, QuickJS ${jsLoop.toFixed(0)} ms, Node ${nodeLoop.toFixed(1)} ms → Pyodide/QuickJS ${(pyLoop / jsLoop).toFixed(1)}× (time factor ${PYTHON_TIME_FACTOR})`);
    const { PYODIDE_RUNTIME_FILES } = await import('../../src/judge/python/sandboxBundling.mjs');
    const dist = join(root, 'dist', 'pyodide');
    const bytes = PYODIDE_RUNTIME_FILES.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0) + statSync(join(root, 'dist', 'python-sandbox.mjs')).size;
    lines.push(`Python runtime in dist/ (pyodide/ + python-sandbox.mjs, unpacked): ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await judge.dispose();
  }
  return lines;
}
