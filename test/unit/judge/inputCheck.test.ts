import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Judge } from '../../../src/judge/judge';
import { loadProblem } from '../../../src/problems/loader';
import type { Problem } from '../../../src/problems/types';
import { writeProblemFolder } from '../problems/problemFolder';
import { repoRoot, testWorkerScript } from './workerBuild';

async function load(dir: string, origin: Problem['origin'] = 'user'): Promise<Problem> {
  const result = await loadProblem(dir, origin);
  if (!result.ok) throw new Error(JSON.stringify(result.broken.issues));
  return result.problem;
}

/** The fixture's sumList with a validator.js: 1..5 numbers in [0, 100]. */
function withValidator(validator: string): Promise<Problem> {
  return load(writeProblemFolder('sum-list', { files: { 'validator.js': validator } }));
}

const BOUNDED = `function validate([nums]) {
  if (!Array.isArray(nums) || nums.length < 1 || nums.length > 5) throw new Error('nums.length must be between 1 and 5');
  for (let i = 0; i < nums.length; i++) if (nums[i] < 0 || nums[i] > 100) return 'nums[' + i + '] must be between 0 and 100';
  if (nums.includes(13)) throw 'nums must not contain 13';
  return true;
}
`;

describe('judge / input validators in the sandbox', function () {
  this.timeout(60_000);
  let judge: Judge;
  before(async () => { judge = new Judge({ workerScript: await testWorkerScript() }); });
  after(async () => { await judge.dispose(); });

  it('accepts inputs within the constraints and names the one an input breaks, returned or thrown', async () => {
    const problem = await withValidator(BOUNDED);
    const checks = await judge.validateInputs(problem, ['[[1,2]]', '[[]]', '[[4,101]]', '[[13]]']);
    assert.deepEqual(checks, [
      { status: 'valid' },
      { status: 'invalid', constraint: 'nums.length must be between 1 and 5' },
      { status: 'invalid', constraint: 'nums[1] must be between 0 and 100' },
      { status: 'invalid', constraint: 'nums must not contain 13' },
    ]);
  });

  it('treats a crashing validator as a broken validator, never as a broken input', async () => {
    const problem = await withValidator('function validate([nums]) { return nums.missing.length === 0; }\n');
    const [check] = await judge.validateInputs(problem, ['[[1]]']);
    assert.equal(check?.status, 'unchecked');
    assert.match(check.reason, /^validator\.js failed: TypeError/);
  });

  it('stops a validator that never returns at the time limit, and the judge keeps working', async () => {
    const hanging = await withValidator('function validate() { for (;;) {} }\n');
    const started = performance.now();
    const [check] = await judge.validateInputs(hanging, ['[[1]]']);
    const elapsedMs = performance.now() - started;
    assert.equal(check?.status, 'unchecked');
    assert.match(check.reason, /^validator\.js failed: .*(limit|interrupted)/);
    // The limit is at least 3 s; the worker's watchdog would end it at twice that plus half a second.
    assert.ok(elapsedMs < 7_000, `took ${Math.round(elapsedMs)} ms`);
    assert.deepEqual(await judge.validateInputs(await withValidator(BOUNDED), ['[[1]]']), [{ status: 'valid' }]);
  });

  it('leaves inputs unchecked when the problem has no validator.js', async () => {
    const problem = await load(writeProblemFolder('sum-list'));
    assert.deepEqual(await judge.validateInputs(problem, ['[[1]]']), [{ status: 'unchecked', reason: 'the problem has no validator.js' }]);
  });

  it('checks a design test\'s call order: min-stack never reads an empty stack', async () => {
    const problem = await load(join(repoRoot, 'problems', 'min-stack'), 'bundled');
    const checks = await judge.validateInputs(problem, [
      JSON.stringify([['MinStack', 'push', 'getMin', 'pop'], [[], [5], [], []]]),
      JSON.stringify([['MinStack', 'push', 'pop', 'top'], [[], [5], [], []]]),
      JSON.stringify([['MinStack', 'push'], [[], [2 ** 31]]]),
    ]);
    assert.deepEqual(checks, [
      { status: 'valid' },
      { status: 'invalid', constraint: 'operations[3]: top() is called on an empty stack' },
      { status: 'invalid', constraint: 'arguments[1][0] (val) must be between -2^31 and 2^31 - 1' },
    ]);
  });
});
