import { strict as assert } from 'node:assert';
import { runClockTrials } from '../../reliability/clock';
import { runCrashTrials } from '../../reliability/crash';

describe('core: reliability trials (reduced)', function () {
  this.timeout(300_000);

  it('a writer killed with SIGKILL at 20 random points loses no acknowledged event and no session', async () => {
    const result = await runCrashTrials(20, 7);
    assert.equal(result.trials, 20);
    assert.equal(result.eventsLost, 0);
    assert.equal(result.maxLostInOneTrial, 0);
    assert.equal(result.unreadableSessions, 0);
  });

  it('clock mishaps keep phase totals within 100 ms of the truth, and every suspend is a break', () => {
    const result = runClockTrials();
    assert.ok(result.cases >= 8);
    for (const c of result.details) assert.ok(c.errorMs <= 100, `${c.name}: off by ${c.errorMs} ms`);
    assert.ok(result.suspends >= 4);
    assert.equal(result.suspendsRecordedAsBreaks, result.suspends);
  });
});
