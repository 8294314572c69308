import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { loadProblemBank } from '../../../src/problems/loader';
import { pythonParamTypes, pythonSignature } from '../../../src/problems/pythonStarter';

describe('Python starter signatures', () => {
  it('shows the class and method headers, not the comments or bodies', () => {
    const starter = [
      '# Definition for a binary tree node.',
      '# class TreeNode:',
      '#     def __init__(self, val=0, left=None, right=None):',
      'class Solution:',
      '    def maxDepth(self, root: Optional[TreeNode]) -> int:   ',
      '        pass',
    ].join('\n');
    assert.equal(pythonSignature(starter), 'class Solution:\n    def maxDepth(self, root: Optional[TreeNode]) -> int:');
  });

  it('reads each annotation after self, keeping commas inside brackets', () => {
    const starter = 'class Solution:\n    def f(self, grid: List[List[str]], pairs: Dict[int, str], k: int = 3) -> None:\n        pass\n';
    assert.deepEqual(pythonParamTypes(starter, 'f'), ['List[List[str]]', 'Dict[int, str]', 'int']);
  });

  it('gives no types when the method is missing or a parameter is unannotated', () => {
    assert.equal(pythonParamTypes('class Solution:\n    def g(self, x: int) -> int:\n', 'f'), undefined);
    assert.equal(pythonParamTypes('class Solution:\n    def f(self, x, y: int) -> int:\n', 'f'), undefined);
  });

  it("reads LeetCode's docstring types where the parameters carry no annotation", () => {
    const starter = [
      'class Codec:',
      '',
      '    def serialize(self, root):',
      '        """Encodes a tree to a single string.',
      '',
      '        :type root: TreeNode',
      '        :rtype: str',
      '        """',
      '',
      '    def deserialize(self, data):',
      '        """Decodes your encoded data to tree.',
      '',
      '        :type data: str',
      '        :rtype: TreeNode',
      '        """',
    ].join('\n');
    assert.deepEqual(pythonParamTypes(starter, 'serialize'), ['TreeNode']);
    assert.deepEqual(pythonParamTypes(starter, 'deserialize'), ['str']);
    // Another method's docstring does not type this one's parameters.
    assert.equal(pythonParamTypes('class C:\n    def f(self, data):\n        pass\n    def g(self, x):\n        """\n        :type data: str\n        """\n', 'f'), undefined);
  });

  it('every bundled function problem has one annotation per parameter in its starter.py', async () => {
    const bank = await loadProblemBank([{ path: join(__dirname, '../../../problems'), origin: 'bundled' }]);
    let checked = 0;
    for (const problem of bank.problems) {
      const entry = problem.meta.entry;
      const starter = problem.starters.python;
      if (entry.kind !== 'function' || starter === undefined) continue;
      const types = pythonParamTypes(starter, entry.name);
      // A tailOf parameter (Linked List Cycle's pos) only builds the input and is not passed, so the def line lacks it.
      const received = entry.params.filter((p) => p.tailOf === undefined).length;
      assert.equal(types?.length, received, `${problem.meta.id}: ${JSON.stringify(types)} for ${received} parameters`);
      checked++;
    }
    assert.ok(checked >= 40, `only ${checked} function problems checked`);
  });
});
