import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { ProblemRecord } from '../../../src/ui/explorer/problemStatus';
import { loadProblemBank } from '../../../src/problems/loader';
import type { Problem } from '../../../src/problems/types';
import { filterOf, matching, randomProblem } from '../../../src/ui/problemFilter';

describe('start filter', () => {
  let problems: Problem[];
  const records = new Map<string, ProblemRecord>([
    ['two-sum', { progress: 'solved', attempts: 2, bestMs: 600_000 }],
    ['number-of-islands', { progress: 'attempted', attempts: 1, bestMs: null }],
    ['course-schedule', { progress: 'solved', attempts: 1, bestMs: 900_000 }],
  ]);
  const ids = (list: readonly Problem[]): string[] => list.map((p) => p.meta.id).sort();

  before(async () => {
    const bank = await loadProblemBank([{ path: path.join(__dirname, '..', '..', '..', 'problems'), origin: 'bundled' }]);
    problems = bank.problems;
  });

  it('selects every problem when nothing is checked', () => {
    assert.equal(matching(problems, records, filterOf([])).length, problems.length);
  });

  it('widens within a kind: easy or hard', () => {
    const found = matching(problems, records, filterOf([{ kind: 'difficulty', value: 'easy' }, { kind: 'difficulty', value: 'hard' }]));
    assert.ok(found.length > 0);
    assert.ok(found.every((p) => p.meta.difficulty === 'easy' || p.meta.difficulty === 'hard'));
    assert.equal(found.length, problems.filter((p) => p.meta.difficulty !== 'medium').length);
  });

  it('narrows across kinds: medium graph problems not solved yet', () => {
    const found = matching(problems, records, filterOf([
      { kind: 'difficulty', value: 'medium' },
      { kind: 'topic', value: 'graph' },
      { kind: 'progress', value: 'untried' },
      { kind: 'progress', value: 'attempted' },
    ]));
    const expected = problems.filter((p) => p.meta.difficulty === 'medium' && p.meta.topics.includes('graph') && p.meta.id !== 'course-schedule');
    assert.ok(expected.length >= 2, 'the bank has several medium graph problems');
    assert.deepEqual(ids(found), ids(expected));
    assert.ok(!ids(found).includes('course-schedule'), 'a solved problem is filtered out');
  });

  it('picks a random problem among the matches, unsolved first', () => {
    const easy = matching(problems, records, filterOf([{ kind: 'difficulty', value: 'easy' }]));
    for (const r of [0, 0.3, 0.99]) {
      const pick = randomProblem(easy, records, () => r);
      assert.ok(pick !== undefined && pick.meta.difficulty === 'easy' && pick.meta.id !== 'two-sum');
    }
    const onlySolved = problems.filter((p) => p.meta.id === 'two-sum');
    assert.equal(randomProblem(onlySolved, records, () => 0.5)?.meta.id, 'two-sum');
  });
});
