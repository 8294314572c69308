/**
 * Engine parity for recursion (issue 21 item 5): the deepest call of the same trivial recursive
 * function, in plain Node with its default stack and inside the judge's sandbox. LeetCode runs
 * Node, so a sandbox shallower than Node's default would reject recursive solutions LeetCode accepts.
 */
import { execFileSync } from 'node:child_process';
import type { Judge } from '../../src/judge/judge';
import type { Problem } from '../../src/problems/types';

/** `down(n)` recurses n frames deep; `deepest()` finds the largest n that returns, by doubling then bisecting. */
export const DEEPEST_CALL_SOURCE = `function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
function deepest() {
  let ok = 0, failed = 1;
  for (;;) { try { down(failed); ok = failed; failed *= 2; } catch (e) { break; } }
  while (failed - ok > 1) { const mid = (ok + failed) >> 1; try { down(mid); ok = mid; } catch (e) { failed = mid; } }
  return ok;
}`;

/** In a fresh `node` with no flags: the default stack LeetCode's own runtime would have. */
export function nodeRecursionDepth(): number {
  return Number(execFileSync(process.execPath, ['-e', `${DEEPEST_CALL_SOURCE}\nconsole.log(deepest());`], { encoding: 'utf8' }).trim());
}

/**
 * In the sandbox, through the judge as a solution of a two-argument problem whose entry is `twoSum`
 * (test/fixtures/problems/pair-sum): the entry returns the depth, read back from the report.
 */
export async function sandboxRecursionDepth(judge: Judge, pairSum: Problem): Promise<number> {
  const source = `${DEEPEST_CALL_SOURCE}\nvar twoSum = function () { return [deepest(), 0]; };`;
  const report = await judge.judge(pairSum, source, 'javascript', [{ id: 'depth', label: 'depth', source: 'custom', args: [[1, 2], 3], expected: [0, 1] }], { timeLimitMs: 10_000 });
  const actual = report.tests[0]?.actual;
  const depth = Number(/\d+/.exec(actual ?? '')?.[0]);
  if (!Number.isFinite(depth)) throw new Error(`the sandbox did not report a depth: ${report.tests[0]?.message ?? report.verdict}`);
  return depth;
}

/** A solution that recurses exactly `depth` frames with `down`, then answers pair-sum correctly. */
export function recursingPairSum(depth: number): string {
  return `${DEEPEST_CALL_SOURCE}
var twoSum = function (nums, target) {
  down(${depth});
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); }
};`;
}
