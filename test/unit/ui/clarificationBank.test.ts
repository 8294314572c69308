import { strict as assert } from 'node:assert';
import { ClarificationBank } from '../../../src/ui/interview/clarificationBank';
import { NEUTRAL_ANSWER } from '../../../src/ui/interview/room';
import { bundled, openRoom } from './roomFixture';

describe('clarification bank', () => {
  let coinChange: ClarificationBank;
  before(async () => {
    coinChange = new ClarificationBank((await bundled('coin-change')).meta.clarifications);
  });

  const expectMatch = (question: string, id: string | null): void => {
    assert.equal(coinChange.match(question)?.clarification.id ?? null, id, question);
  };

  it('recognises questions asked in other words, through synonyms', () => {
    expectMatch('Can I reuse a coin many times?', 'unlimited-coins');
    expectMatch('dupes in coins?', 'sorted-coins');
    expectMatch('Are the denominations in order?', 'sorted-coins');
    expectMatch('how large is the input', 'input-size');
  });

  it('tolerates typos and word order', () => {
    expectMatch('what if its imposible to make the amount', 'no-answer');
    expectMatch('zero amount?', 'zero-amount');
    expectMatch('amount is zero?', 'zero-amount');
    expectMatch('is greedy fine', 'greedy-ok');
  });

  it('does not force a match for questions the bank does not cover', () => {
    expectMatch('what is the weather', null);
    expectMatch('what programming language', null);
    expectMatch('can coins be negative?', null);
    expectMatch('   ', null);
  });

  it('answers from the bank, or neutrally, and records which it was', async () => {
    const fixture = await openRoom('coin-change');
    try {
      assert.deepEqual(fixture.room.askQuestion('is greedy ok here?'), { ok: true });
      assert.deepEqual(fixture.room.askQuestion('Do you like pizza?'), { ok: true });
      const [first, second] = fixture.room.session.state.questions;
      assert.equal(first?.clarificationId, 'greedy-ok');
      assert.equal(second?.clarificationId, null);
      assert.equal(second.answer, NEUTRAL_ANSWER);
    } finally {
      fixture.close();
    }
  });
});
