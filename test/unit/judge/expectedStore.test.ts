/**
 * The build's store of expected outputs (expectedStore.ts): used when current for the problem,
 * ignored when the reference, generator or tests changed, and never a source of a wrong verdict.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentStoredTests, expectedFingerprint, generatedInputs, generatedTestKey, storeFreshness, writeStoredExpected } from '../../../src/judge/expectedStore';
import { Judge } from '../../../src/judge/judge';
import { loadProblem } from '../../../src/problems/loader';
import type { Problem } from '../../../src/problems/types';
import { repoRoot, testWorkerScript } from './workerBuild';

async function fixture(id: string): Promise<Problem> {
  const result = await loadProblem(join(repoRoot, 'test', 'fixtures', 'problems', id), 'user');
  if (!result.ok) throw new Error(`fixture ${id} is broken`);
  return result.problem;
}

describe('judge / expected-output store', function () {
  this.timeout(120_000);
  let problem: Problem;
  let store: string;
  let judge: Judge;

  before(async () => {
    // pair-sum's own generated tests are all large; two small ones are what the store keeps.
    const pairSum = await fixture('pair-sum');
    const small = [{ label: 'small a', generate: { size: 6, seed: 3 } }, { label: 'small b', generate: { size: 8, seed: 4 } }];
    problem = { ...pairSum, tests: { ...pairSum.tests, hidden: [...pairSum.tests.hidden, ...small] } };
    store = mkdtempSync(join(tmpdir(), 'onsite-expected-'));
    judge = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: store });
  });
  after(async () => {
    await judge.dispose();
  });

  it('stores the small generated tests with a fingerprint, and reads them back only while it matches', async () => {
    assert.equal(storeFreshness(store, problem), 'missing');
    const stored = await judge.expectedForStore(problem);
    assert.equal(stored.fingerprint, expectedFingerprint(problem));
    assert.deepEqual(Object.keys(stored.tests), ['6/3/', '8/4/'], 'the small generated tests, not the large ones');
    for (const key of Object.keys(stored.tests)) assert.ok(generatedInputs(problem).some((input) => generatedTestKey(input) === key));
    writeStoredExpected(store, problem.meta.id, stored);
    assert.equal(storeFreshness(store, problem), 'current');
    assert.equal(currentStoredTests(store, problem)?.size, Object.keys(stored.tests).length);

    const edited: Problem = { ...problem, reference: `${problem.reference}\n// edited` };
    assert.equal(storeFreshness(store, edited), 'stale');
    assert.equal(currentStoredTests(store, edited), undefined);
    const moreTests: Problem = { ...problem, tests: { ...problem.tests, hidden: [...problem.tests.hidden, { label: 'new', generate: { size: 5, seed: 99 } }] } };
    assert.equal(storeFreshness(store, moreTests), 'stale', 'a new generated test makes the store stale');
  });

  it('judges from a current store and ignores a stale one, so a stale value never decides a verdict', async () => {
    const stored = await judge.expectedForStore(problem);
    const [key, entry] = Object.entries(stored.tests)[0] ?? [];
    assert.ok(key !== undefined && entry !== undefined);
    // A store whose value is wrong but whose fingerprint matches: Submit must be using it.
    writeStoredExpected(store, problem.meta.id, { ...stored, tests: { ...stored.tests, [key]: { ...entry, expectedJson: '[-7,-7]' } } });
    const fromStore = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: store });
    try {
      const report = await fromStore.submit(problem, problem.reference, 'javascript');
      assert.equal(report.verdict, 'wrong_answer', 'the stored value was used');
    } finally {
      await fromStore.dispose();
    }
    // The same wrong value under a stale fingerprint is never read.
    writeStoredExpected(store, problem.meta.id, { fingerprint: 'stale', tests: { [key]: { ...entry, expectedJson: '[-7,-7]' } } });
    const stale = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: store });
    try {
      const report = await stale.submit(problem, problem.reference, 'javascript');
      assert.equal(report.verdict, 'accepted', report.tests.find((t) => t.verdict !== 'accepted')?.message);
    } finally {
      await stale.dispose();
    }
  });

  it('stores only the answer of a large generated test, and judges from it without running the reference', async () => {
    const stored = await judge.expectedForStore(problem);
    const large = generatedInputs(problem).map(generatedTestKey).filter((key) => !(key in stored.tests));
    assert.ok(large.length > 0);
    assert.deepEqual(Object.keys(stored.outputs ?? {}), large, 'every large test of pair-sum has a small answer');
    writeStoredExpected(store, problem.meta.id, stored);
    const fromStore = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: store });
    try {
      await fromStore.warm();
      const batches = fromStore.workerStats.batches;
      const report = await fromStore.submit(problem, problem.reference, 'javascript');
      assert.equal(report.verdict, 'accepted', report.tests.find((t) => t.verdict !== 'accepted')?.message);
      assert.equal(fromStore.workerStats.batches - batches, large.length + 1, 'the generator once per large test, then the solution: no reference run');
    } finally {
      await fromStore.dispose();
    }
    // A wrong stored answer under a current fingerprint decides the verdict: the stored answer was used.
    const [first] = large;
    assert.ok(first !== undefined);
    writeStoredExpected(store, problem.meta.id, { ...stored, outputs: { ...stored.outputs, [first]: '[-7,-7]' } });
    const tampered = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: store });
    try {
      assert.equal((await tampered.submit(problem, problem.reference, 'javascript')).verdict, 'wrong_answer');
    } finally {
      await tampered.dispose();
    }
  });

  it('prepares every generated test in the background, so Submit runs no generator or reference', async () => {
    const fresh = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: false });
    try {
      await fresh.prepareExpected(problem);
      const batches = fresh.workerStats.batches;
      const report = await fresh.submit(problem, problem.reference, 'javascript');
      assert.equal(report.verdict, 'accepted');
      assert.equal(fresh.workerStats.batches - batches, 1, 'one batch: the solution on every test');
    } finally {
      await fresh.dispose();
    }
  });
});
