/**
 * The bundled bank's generators and validators run in the worker thread's V8 (trustedScripts.ts); a
 * user's folder keeps running them in QuickJS. The two engines must make the same input from the same
 * seed and give the same verdict on the same input, or a bundled test would change with the engine
 * that made it: an inconsistent comparator (`sort(() => rng() - 0.5)`) or an engine-specific built-in
 * is caught here for every bundled generator and validator.
 */
import { strict as assert } from 'node:assert';
import { generatedInputs } from '../../../src/judge/expectedStore';
import { Judge } from '../../../src/judge/judge';
import { loadProblemBank } from '../../../src/problems/loader';
import type { Problem } from '../../../src/problems/types';
import { BANK_DIR, fixtureProblem } from '../../builders/problems';
import { testWorkerScript } from './workerBuild';

/** Small inputs show an engine difference as well as large ones, at a fraction of QuickJS's time. */
const MAX_COMPARED_SIZE = 60;

describe('judge / bundled generators and validators in the worker\'s engine', function () {
  this.timeout(600_000);
  let judge: Judge;
  let bank: Problem[];

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript(), expectedStoreDirectory: false });
    bank = (await loadProblemBank([{ path: BANK_DIR, origin: 'bundled' }])).problems;
  });
  after(async () => {
    await judge.dispose();
  });

  it('makes the same input text as the sandbox for every bundled generator and seed', async () => {
    let compared = 0;
    const differing: string[] = [];
    for (const problem of bank) {
      const inSandbox: Problem = { ...problem, origin: 'user' };
      for (const input of generatedInputs(problem).filter((i) => i.size <= MAX_COMPARED_SIZE)) {
        const [trusted, sandboxed] = await Promise.all([judge.generateInput(problem, input), judge.generateInput(inSandbox, input)]);
        compared += 1;
        if (trusted !== sandboxed) differing.push(`${problem.meta.id} size ${input.size} seed ${input.seed}${input.shape === undefined ? '' : ` "${input.shape}"`}`);
      }
    }
    assert.ok(compared > 1000, `compared ${compared} inputs`);
    assert.deepEqual(differing, []);
  });

  it('gives the same verdict as the sandbox for every bundled validator, on valid and broken inputs', async () => {
    let compared = 0;
    const differing: string[] = [];
    const statuses = new Map<string, number>();
    for (const problem of bank) {
      const small = await Promise.all(generatedInputs(problem).filter((i) => i.size <= MAX_COMPARED_SIZE).slice(0, 8).map((i) => judge.generateInput(problem, i)));
      const literal = [...problem.tests.visible, ...problem.tests.hidden.filter((t) => !('generate' in t))].map((t) => JSON.stringify('args' in t ? t.args : []));
      // Broken inputs: no arguments, a null, and the first example with its first argument replaced by text.
      const first = problem.tests.visible[0]?.args ?? [];
      const broken = ['[]', '[null]', JSON.stringify(['not an input', ...first.slice(1)])];
      const inputs = [...literal, ...small, ...broken];
      const [trusted, sandboxed] = await Promise.all([judge.validateInputs(problem, inputs), judge.validateInputs({ ...problem, origin: 'user' }, inputs)]);
      inputs.forEach((input, i) => {
        compared += 1;
        const status = trusted[i]?.status ?? 'missing';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (JSON.stringify(trusted[i]) !== JSON.stringify(sandboxed[i])) differing.push(`${problem.meta.id} ${input.slice(0, 60)}: ${JSON.stringify(trusted[i])} against ${JSON.stringify(sandboxed[i])}`);
      });
    }
    assert.ok(compared > 1000, `compared ${compared} inputs`);
    assert.deepEqual(differing, []);
    // Every bank input accepted, and most broken ones refused with a reason (a null root or a string
    // of printable characters can be a valid input): the comparison is of real verdicts.
    assert.ok((statuses.get('invalid') ?? 0) >= 2 * bank.length, `${statuses.get('invalid')} refused`);
    assert.ok((statuses.get('valid') ?? 0) >= compared - 3 * bank.length, `${statuses.get('valid')} accepted`);
    assert.equal(statuses.get('unchecked'), undefined);
  });

  it('keeps a user folder\'s generator in the sandbox: it never sees Node\'s process', async () => {
    const pairSum = await fixtureProblem('pair-sum');
    const probing = `function generate() { return [typeof process, 0]; }`;
    const asUser: Problem = { ...pairSum, origin: 'user', generator: probing };
    assert.equal(await judge.generateInput(asUser, { size: 1, seed: 1 }), '["undefined",0]');
    const asBundled: Problem = { ...pairSum, origin: 'bundled', generator: probing };
    assert.equal(await judge.generateInput(asBundled, { size: 1, seed: 1 }), '["object",0]', 'the bundled path is the worker\'s own engine');
  });

  it('reports a bundled generator that throws or returns no argument array, naming the input', async () => {
    const pairSum = await fixtureProblem('pair-sum');
    const throwing: Problem = { ...pairSum, origin: 'bundled', generator: 'function generate(size, rng, shape) { throw new Error("unknown shape " + shape); }' };
    await assert.rejects(judge.generateInput(throwing, { size: 5, seed: 2, shape: 'zigzag' }), /generator\.js failed for size 5, seed 2, shape "zigzag": Error: unknown shape zigzag/);
    const notArray: Problem = { ...pairSum, origin: 'bundled', generator: 'function generate() { return 7; }' };
    await assert.rejects(judge.generateInput(notArray, { size: 5, seed: 2 }), /must return the argument array/);
    const missing: Problem = { ...pairSum, origin: 'bundled', generator: 'const x = 1;' };
    await assert.rejects(judge.generateInput(missing, { size: 5, seed: 2 }), /generator\.js failed/);
  });

  it('runs the file\'s top level again for every input, as a fresh sandbox context does', async () => {
    const pairSum = await fixtureProblem('pair-sum');
    const counting: Problem = { ...pairSum, origin: 'bundled', generator: 'let calls = 0; function generate(size) { calls += 1; return [[size], calls]; }' };
    assert.equal(await judge.generateInput(counting, { size: 3, seed: 1 }), '[[3],1]');
    assert.equal(await judge.generateInput(counting, { size: 4, seed: 1 }), '[[4],1]');
  });
});
