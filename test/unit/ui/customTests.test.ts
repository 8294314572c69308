import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Judge } from '../../../src/judge/judge';
import { checkCustomArgs, CustomTestStore, testParams } from '../../../src/ui/interview/customTests';
import type { InputValidator } from '../../../src/ui/interview/room';
import { refusalWords } from '../../../src/ui/refusalWords';
import { testWorkerScript } from '../judge/workerBuild';
import { bundled, openRoom } from './roomFixture';

describe('custom tests', () => {
  it('checks each argument as JSON of its declared type and names the culprit', async () => {
    const params = testParams(await bundled('two-sum'));
    assert.deepEqual(checkCustomArgs(params, ['[2,7,11]', '9'], null), { ok: true, values: [[2, 7, 11], 9] });
    const cases: [string[], string | null, RegExp][] = [
      [['[2,7', '9'], null, /^nums: not valid JSON/],
      [['"abc"', '9'], null, /^nums: expected number\[\]/],
      [['[1]', ''], null, /^target: enter a JSON value/],
      [['[1]'], null, /Expected 2 argument/],
      [['[1,2]', '3'], '[0,', /^Expected output: not valid JSON/],
    ];
    for (const [args, expected, reason] of cases) {
      const check = checkCustomArgs(params, args, expected);
      assert.equal(check.ok, false);
      assert.match(check.reason, reason);
    }
  });

  it('gives design problems the operations and arguments arrays', async () => {
    const problem = await bundled('find-median-from-data-stream');
    assert.deepEqual(testParams(problem).map((p) => p.name), ['operations', 'arguments']);
  });

  it('keeps tests per problem across sessions, and sets aside a file it cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'onsite-custom-'));
    try {
      const store = new CustomTestStore(dir);
      assert.deepEqual(store.load('two-sum'), []);
      const test = { id: 'custom-1', label: 'ends', args: ['[1,2]', '3'], expected: null };
      store.save('two-sum', [test]);
      assert.deepEqual(new CustomTestStore(dir).load('two-sum'), [test]);
      writeFileSync(path.join(dir, 'two-sum.json'), '{ broken');
      assert.deepEqual(store.load('two-sum'), []);
      assert.ok(readdirSync(dir).some((f) => f.startsWith('two-sum.json.unreadable-')));
      assert.throws(() => { store.save('../escape', []); }, /Unusable problem id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('against the constraints, in the judge\'s sandbox', () => {
    let judge: Judge;
    before(async () => { judge = new Judge({ workerScript: await testWorkerScript() }); });
    after(async () => { await judge.dispose(); });
    const validateInput: InputValidator = async (problem, args) => {
      const [check] = await judge.validateInputs(problem, [JSON.stringify(args)]);
      return check ?? { status: 'unchecked', reason: 'no result' };
    };

    it('refuses a test outside them, naming the constraint, and loses nothing already saved', async () => {
      const fixture = await openRoom('two-sum', 'practice', { validateInput });
      try {
        const { room } = fixture;
        assert.equal((await room.saveCustomTest(null, 'pair at ends', ['[1,5,7,3]', '4'], null)).ok, true);
        const tooShort = await room.saveCustomTest(null, 'one number', ['[4]', '8'], null);
        assert.deepEqual(tooShort, { ok: false, refusal: { id: 'worded', text: 'Invalid test case: nums.length must be between 2 and 10^4' } });
        const noPair = await room.saveCustomTest(null, 'no pair', ['[1,2,3]', '100'], null);
        assert.ok(!noPair.ok);
        assert.match(refusalWords(noPair.refusal), /^Invalid test case: exactly one pair/);
        // Editing the saved test into an invalid one is refused too, and the saved one is kept as it was.
        const [saved] = room.savedTests;
        assert.ok(saved);
        assert.equal((await room.saveCustomTest(saved.id, 'edited', ['[1,5,7,3]', '3000000000'], null)).ok, false);
        assert.deepEqual(room.savedTests.map((t) => [t.label, t.args]), [['pair at ends', ['[1,5,7,3]', '4']]]);
        assert.deepEqual(fixture.tests.load('two-sum').map((t) => t.label), ['pair at ends']);
        assert.deepEqual(room.session.state.customTests.map((t) => t.args), ['[[1,5,7,3],4]']);
      } finally {
        fixture.close();
      }
    });

    it('refuses a design test that breaks a call-order guarantee', async () => {
      const fixture = await openRoom('min-stack', 'practice', { validateInput });
      try {
        const result = await fixture.room.saveCustomTest(null, 'top of empty', ['["MinStack","top"]', '[[],[]]'], null);
        assert.deepEqual(result, { ok: false, refusal: { id: 'worded', text: 'Invalid test case: operations[1]: top() is called on an empty stack' } });
        assert.equal((await fixture.room.saveCustomTest(null, 'push then top', ['["MinStack","push","top"]', '[[],[-3],[]]'], null)).ok, true);
      } finally {
        fixture.close();
      }
    });
  });

  it('are saved by the room, logged in the session, and offered to the next session of the problem', async () => {
    const fixture = await openRoom();
    try {
      const { room } = fixture;
      assert.equal((await room.saveCustomTest(null, 'pair at ends', ['[1,5,7,3]', '4'], null)).ok, true);
      assert.equal((await room.saveCustomTest(null, 'bad', ['[1,5', '4'], null)).ok, false);
      assert.equal(room.savedTests.length, 1);
      assert.deepEqual(room.session.state.customTests.map((t) => t.args), ['[[1,5,7,3],4]']);
      assert.deepEqual(fixture.tests.load('two-sum').map((t) => t.label), ['pair at ends']);
    } finally {
      fixture.close();
    }
  });
});
