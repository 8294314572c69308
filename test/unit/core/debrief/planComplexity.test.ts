import { strict as assert } from 'node:assert';
import { buildDebrief } from '../../../../src/core/debrief/debrief';
import type { ProblemMeta } from '../../../../src/problems/types';
import { script } from './sessionScript';
import { bankProblem } from '../../../builders/problems';

async function bundledMeta(id: string): Promise<ProblemMeta> {
  return (await bankProblem(id)).meta;
}

/** The debrief's "plan against outcome" for a plan stating `time` and `space` on a real bundled problem. */
async function planAgainstExpected(problemId: string, time: string, space = ''): Promise<{ comparison: string; expected: string | null }> {
  const meta = await bundledMeta(problemId);
  const events = script({ problemId, title: meta.title }).at('01:00').to('plan').at('02:00').plan('heap of size k', time, space).at('03:00').to('code').events();
  const { comparison, expected } = buildDebrief(events, meta).complexity;
  return { comparison, expected };
}

describe('the debrief sets the chosen complexity class against the expected one', () => {
  it('in the problem\'s own variables, ordered by its own list where classes grow alike', async () => {
    assert.deepEqual(await planAgainstExpected('kth-largest-element-in-an-array', 'O(n log k)'), { comparison: 'matches', expected: 'O(n log k)' });
    assert.equal((await planAgainstExpected('kth-largest-element-in-an-array', 'O(n log n)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('kth-largest-element-in-an-array', 'O(n·k)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('kth-largest-element-in-an-array', 'O(k)')).comparison, 'faster');
    assert.equal((await planAgainstExpected('merge-k-sorted-lists', 'O(N log k)')).comparison, 'matches');
  });

  it('for graphs, grids and exponential searches', async () => {
    assert.equal((await planAgainstExpected('course-schedule', 'O(V + E)')).comparison, 'matches');
    assert.equal((await planAgainstExpected('course-schedule', 'O(V·E)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('number-of-islands', 'O(m·n)')).comparison, 'matches');
    assert.equal((await planAgainstExpected('subsets', 'O(n·2^n)')).comparison, 'matches');
    assert.equal((await planAgainstExpected('subsets', 'O(4^n)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('subsets', 'O(2^n)')).comparison, 'faster');
  });

  it('without a list of the problem\'s own, as the general classes grow', async () => {
    assert.equal((await planAgainstExpected('two-sum', 'O(n)')).comparison, 'matches');
    assert.equal((await planAgainstExpected('two-sum', 'O(n log n)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('two-sum', 'O(n^2)')).comparison, 'slower');
    assert.equal((await planAgainstExpected('two-sum', '')).comparison, 'not_stated');
  });
});
