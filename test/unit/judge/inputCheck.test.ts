import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Judge } from '../../../src/judge/judge';
import type { Problem } from '../../../src/problems/types';
import { writeProblemFolder } from '../problems/problemFolder';
import { repoRoot, testWorkerScript } from './workerBuild';
import { problemAt } from '../../builders/problems';

function load(dir: string, origin: Problem['origin'] = 'user'): Promise<Problem> {
  return problemAt(dir, origin);
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
    const killsBefore = judge.workerStats.watchdogKills;
    const [check] = await judge.validateInputs(hanging, ['[[1]]']);
    assert.equal(check?.status, 'unchecked');
    assert.match(check.reason, /^validator\.js failed: .*(limit|interrupted)/);
    // Stopped inside the sandbox at its limit, not by the host's watchdog (3.5 × the limit) as a last resort.
    assert.equal(judge.workerStats.watchdogKills, killsBefore);
    assert.deepEqual(await judge.validateInputs(await withValidator(BOUNDED), ['[[1]]']), [{ status: 'valid' }]);
  });

  it('leaves inputs unchecked when the problem has no validator.js', async () => {
    const problem = await load(writeProblemFolder('sum-list'));
    assert.deepEqual(await judge.validateInputs(problem, ['[[1]]']), [{ status: 'unchecked', reason: 'the problem has no validator.js' }]);
  });

  it('reports the validator kit\'s message, in LeetCode notation, for a bound a bundled problem breaks', async () => {
    const problem = await load(join(repoRoot, 'problems', 'two-sum'), 'bundled');
    const checks = await judge.validateInputs(problem, ['[[3],6]', '[[2,7,11,15],9]', '[[2,7],"9"]']);
    assert.deepEqual(checks, [
      { status: 'invalid', constraint: 'nums.length must be between 2 and 10^4' },
      { status: 'valid' },
      { status: 'invalid', constraint: 'target must be an integer' },
    ]);
  });

  it('keeps the kit\'s checks whatever validator.js does to the built-ins, with or without spread calls', async () => {
    const bending = await withValidator(`Array.isArray = () => true;
Number.isInteger = () => true;
function validate([nums]) { ints('nums', nums, 1, 5, 0, Math.max(...[100])); return true; }
`);
    const checks = await judge.validateInputs(bending, ['[5]', '[[1.5]]', '[[1,200]]', '[[1,2]]']);
    assert.deepEqual(checks, [
      { status: 'invalid', constraint: 'nums must be an array' },
      { status: 'invalid', constraint: 'nums[0] must be an integer' },
      { status: 'invalid', constraint: 'nums[1] must be between 0 and 100' },
      { status: 'valid' },
    ]);
  });

  it('checks text() character by character as one class allows, whatever validator.js does to RegExp', async () => {
    const bending = await withValidator(`RegExp.prototype.test = () => true;
Object.defineProperty(RegExp.prototype, 'source', { get: () => '[\\\\s\\\\S]' });
function validate([a, b, c]) {
  text('a', a, 1, 10, /[a-z]/, 'lowercase English letters');
  text('b', b, 1, 10, /[()[\\]{}]/, 'brackets');
  text('c', c, 1, 10, /[a-z]/i, 'English letters');
  return true;
}
`);
    const checks = await judge.validateInputs(bending, ['["abc","([]{})","aBc"]', '["aBc","()","a"]', '["ab","(x)","a"]', '["ab","()","a1"]']);
    assert.deepEqual(checks, [
      { status: 'valid' },
      { status: 'invalid', constraint: 'a must consist of lowercase English letters (a[1] is "B")' },
      { status: 'invalid', constraint: 'b must consist of brackets (b[1] is "x")' },
      { status: 'invalid', constraint: 'c must consist of English letters (c[1] is "1")' },
    ]);
  });

  it('never gives a solution the validator kit\'s globals', async () => {
    const problem = await load(join(repoRoot, 'problems', 'two-sum'), 'bundled');
    const probe = `var twoSum = function (nums, target) {
  return ['fail', 'show', 'int', 'ints', 'array', 'text', 'tree', 'grid', 'design', 'distinct'].every((name) => typeof globalThis[name] === 'undefined') ? [0, 1] : [];
};`;
    const report = await judge.judge(problem, probe, 'javascript', [{ id: 'probe', label: 'probe', source: 'custom', args: [[2, 7], 9], expected: [0, 1] }]);
    assert.equal(report.verdict, 'accepted');
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
