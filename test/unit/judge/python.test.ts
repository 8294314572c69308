import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJudge } from '../../../src/cli/judge';
import { Judge } from '../../../src/judge/judge';
import { permissionFlag, sandboxExecArgv } from '../../../src/judge/python/pythonProcess';
import { PYTHON_TIME_FACTOR } from '../../../src/judge/python/pythonSandbox';
import type { JudgeReport } from '../../../src/vocabulary/verdicts';
import { testWorkerScript } from './workerBuild';
import { bankProblem as bank } from '../../builders/problems';

function failures(report: JudgeReport): string {
  return report.tests.filter((t) => t.verdict !== 'accepted').map((t) => `${t.label}: ${t.message ?? ''}`).join('; ');
}

const TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

describe('judge / Python in the Pyodide sandbox process', function () {
  this.timeout(180_000);
  let judge: Judge;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    await judge.warm({ python: true });
  });
  after(async () => {
    await judge.dispose();
  });

  it('accepts an idiomatic LeetCode solution on the whole Submit suite, generated tests included', async () => {
    const report = await judge.submit(await bank('two-sum'), TWO_SUM, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
    assert.ok(report.tests.length > 5);
  });

  it('builds ListNode arguments and serialises a returned list', async () => {
    const source = `class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
`;
    const report = await judge.submit(await bank('reverse-linked-list'), source, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
  });

  it('builds TreeNode arguments and serialises a returned tree', async () => {
    const source = `class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
`;
    const report = await judge.submit(await bank('invert-binary-tree'), source, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
  });

  it('replays a design class, null for void methods whatever they return', async () => {
    const source = `class MinStack:
    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        self.stack.append((val, min(val, self.stack[-1][1]) if self.stack else val))
        return len(self.stack)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
`;
    const report = await judge.submit(await bank('min-stack'), source, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
  });

  it('judges the in-place parameter of a -> None method', async () => {
    const source = `class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        k = 0
        for x in nums:
            if x:
                nums[k] = x
                k += 1
        nums[k:] = [0] * (len(nums) - k)
`;
    const report = await judge.submit(await bank('move-zeroes'), source, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
  });

  it('compares unordered-deep and any-valid answers as for JavaScript', async () => {
    const anagrams = `class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[''.join(sorted(s))].append(s)
        return list(groups.values())
`;
    const grouped = await judge.submit(await bank('group-anagrams'), anagrams, 'python');
    assert.equal(grouped.verdict, 'accepted', failures(grouped));
    const palindrome = `class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = s[:1]
        for c in range(len(s)):
            for lo, hi in ((c, c), (c, c + 1)):
                while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                    lo, hi = lo - 1, hi + 1
                if hi - lo - 1 > len(best):
                    best = s[lo + 1:hi]
        return best
`;
    const longest = await judge.submit(await bank('longest-palindromic-substring'), palindrome, 'python');
    assert.equal(longest.verdict, 'accepted', failures(longest));
  });

  it('reports a wrong answer with the actual value, and a custom test judged against the reference', async () => {
    const problem = await bank('two-sum');
    const wrong = 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n';
    const report = await judge.run(problem, wrong, 'python', [{ label: 'mine', args: [[1, 5, 3], 8] }]);
    assert.equal(report.verdict, 'wrong_answer');
    const custom = report.tests.find((t) => t.label === 'mine');
    assert.ok(custom);
    assert.equal(custom.actual, '[0,0]');
    assert.equal(custom.expected, '[1,2]');
  });

  it('reports a SyntaxError once, as a compile error with its Python line', async () => {
    const report = await judge.submit(await bank('two-sum'), 'class Solution:\n    def twoSum(self, nums, target)\n        return []\n', 'python');
    assert.equal(report.verdict, 'compile_error');
    const [compile] = report.tests;
    assert.ok(compile && report.tests.length === 1);
    assert.equal(compile.position?.line, 2);
    assert.match(compile.message ?? '', /SyntaxError/);
  });

  it('trims a runtime error traceback to the user file, with Python line numbers and the console', async () => {
    const source = 'class Solution:\n    def helper(self, nums):\n        return nums[len(nums)]\n\n    def twoSum(self, nums, target):\n        print("looking at", nums)\n        return self.helper(nums)\n';
    const report = await judge.run(await bank('two-sum'), source, 'python');
    const [first] = report.tests;
    assert.ok(first);
    assert.equal(first.verdict, 'runtime_error');
    assert.equal(first.position?.line, 3);
    assert.match(first.message ?? '', /^IndexError: list index out of range/);
    assert.match(first.message ?? '', /line 7, in twoSum[\s\S]*line 3, in helper/);
    assert.doesNotMatch(first.message ?? '', /harness\.py|_pyodide/);
    assert.match(first.console ?? '', /^looking at \[/);
  });

  it('stops an infinite loop at the scaled limit without losing the process, then judges the next submission', async () => {
    const problem = await bank('two-sum');
    const before = judge.workerStats.spawns;
    const report = await judge.submit(problem, 'class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n', 'python');
    assert.equal(report.verdict, 'time_limit_exceeded');
    const [timedOut] = report.tests;
    assert.ok(timedOut && report.tests.length === 1, 'fail-fast after the first time-out');
    assert.ok((report.notRun ?? 0) > 0);
    // Stopped by its CPU time at the limit, or by the wall-time cap when the machine was too busy to give it that much.
    const limit = problem.meta.timeLimitMs * PYTHON_TIME_FACTOR;
    assert.ok(timedOut.timeMs >= limit || /the machine was busy/.test(timedOut.message ?? ''), `${timedOut.timeMs} ms: ${timedOut.message ?? ''}`);
    const next = await judge.submit(problem, TWO_SUM, 'python');
    assert.equal(next.verdict, 'accepted', failures(next));
    assert.equal(judge.workerStats.spawns, before, 'the interrupt stopped the loop; no process was killed');
  });

  it('gives every test fresh globals and restores patched builtins', async () => {
    const problem = await bank('two-sum');
    const source = `import builtins
calls = 0
class Solution:
    def twoSum(self, nums, target):
        global calls
        calls += 1
        if calls > 1 or len(nums) == 0 or heapq.heappush is None:
            return []
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                answer = [seen[target - x], i]
            seen[x] = i
        builtins.len = lambda x: 0
        heapq.heappush = None
        return answer
`;
    const report = await judge.submit(problem, source, 'python');
    assert.equal(report.verdict, 'accepted', failures(report));
  });

  it('onsite judge takes a .py solution and says which extensions it takes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'onsite-py-')), 'two_sum.py');
    writeFileSync(file, TWO_SUM);
    const log = console.log;
    const printed: string[] = [];
    console.log = (...parts: unknown[]) => printed.push(parts.join(' '));
    try {
      assert.equal(await runJudge(['two-sum', file, '--json'], { workerScript: await testWorkerScript() }), 0);
    } finally {
      console.log = log;
    }
    assert.equal((JSON.parse(printed.join('\n')) as { verdict: string }).verdict, 'accepted');
    const error = console.error;
    console.error = () => undefined;
    try {
      assert.equal(await runJudge(['two-sum', file.replace(/\.py$/, '.rb')]), 2);
    } finally {
      console.error = error;
    }
  });

  it('runs the sandbox under the permission model with no code generation from strings', () => {
    const argv = sandboxExecArgv('/x/python-sandbox.mjs', '20.20.2');
    assert.equal(argv[0], '--experimental-permission');
    assert.ok(argv.includes('--disallow-code-generation-from-strings'));
    assert.ok(!argv.some((a) => a.startsWith('--allow-fs-write') || a.startsWith('--allow-child-process') || a.startsWith('--allow-addons') || a.startsWith('--allow-wasi')));
    assert.equal(permissionFlag('22.13.0'), '--permission');
    assert.equal(permissionFlag('22.12.0'), '--experimental-permission');
  });
});
