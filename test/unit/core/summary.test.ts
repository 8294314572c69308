import { strict as assert } from 'node:assert';
import { summarizeSession } from '../../../src/core/summary';
import { LogBuilder } from '../../builders/sessionLog';

describe('core: session summary', () => {
  it('sets phase times against budgets, counts visits, iterations and overrides', () => {
    const events = new LogBuilder({ budgetMinutes: { clarify: 1, plan: 2, code: 3, test: 1 }, overallLimitMinutes: 7 })
      .after(90_000).question('Can values repeat?', 'duplicates', 'Yes.')
      .toPhase('plan')
      .after(30_000).plan({ approach: 'hash map', timeComplexity: 'O(n)', spaceComplexity: 'O(n)' })
      .toPhase('code')
      .after(100_000).edits(300, 20, 4)
      .run([{ verdict: 'accepted' }, { verdict: 'wrong_answer' }])
      .after(20_000).toPhase('test')
      .after(10_000).toPhase('code')
      .after(50_000).run([{ verdict: 'accepted' }, { verdict: 'accepted', source: 'custom' }])
      .toPhase('test')
      .after(30_000).submit('accepted', ['test.custom_test_run'])
      .build();
    const s = summarizeSession(events);
    assert.equal(s.outcome, 'accepted');
    assert.equal(s.activeMs, 330_000);
    assert.deepEqual(s.phases.map((p) => [p.phase, p.spentMs, p.budgetMs, p.overrunMs, p.visits]), [
      ['clarify', 90_000, 60_000, 30_000, 1],
      ['plan', 30_000, 120_000, 0, 1],
      ['code', 170_000, 180_000, 0, 2],
      ['test', 40_000, 60_000, 0, 2],
    ]);
    assert.equal(s.phases.reduce((sum, p) => sum + p.spentMs, 0), s.activeMs);
    assert.equal(s.iterations, 1);
    assert.deepEqual(s.overrides, [{ from: 'test', to: 'done', criteria: ['test.custom_test_run'] }]);
    assert.equal(s.counts.runs, 2);
    assert.equal(s.counts.customTestRuns, 1);
    assert.equal(s.counts.charsAdded, 300);
    assert.equal(s.counts.editBursts, 4);
    assert.equal(s.firstRunT, 220_000);
  });

  it('counts pauses, breaks and idle, and keeps wall span apart from active time', () => {
    const events = new LogBuilder()
      .after(10_000).pause().wallGap(60_000).resume()
      .after(5_000).breakOf(3_600_000)
      .after(5_000).idle(150_000).focus(false).focus(true)
      .hint(0)
      .build();
    const s = summarizeSession(events);
    assert.equal(s.outcome, null);
    assert.equal(s.activeMs, 20_000);
    assert.equal(s.counts.pauses, 1);
    assert.equal(s.counts.breaks, 1);
    assert.equal(s.breakMs, 3_600_000);
    assert.equal(s.idleMs, 150_000);
    assert.equal(s.counts.focusLosses, 1);
    assert.equal(s.counts.hints, 1);
    assert.equal(s.wallSpanMs, 20_000 + 60_000 + 3_600_000);
    assert.equal(s.phases[0]?.spentMs, 20_000);
  });

  it('an expired session ends at its last phase change', () => {
    const s = summarizeSession(new LogBuilder({ overallLimitMinutes: 1 }).after(60_000).expire().after(5_000).followUp('q', 'a').build());
    assert.equal(s.outcome, 'expired');
    assert.equal(s.activeMs, 60_000);
    assert.equal(s.counts.followUps, 1);
  });
});
