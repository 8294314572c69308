import { strict as assert } from 'node:assert';
import { budgetAlerts, resolveBudgetMinutes } from '../../../src/core/budgets';
import { InterviewSession } from '../../../src/core/session';
import { startLiveSession, type LiveSession } from '../../builders/session';

describe('core: budgets and tick', () => {
  const open: LiveSession[] = [];
  const track = (live: LiveSession): LiveSession => {
    open.push(live);
    return live;
  };
  afterEach(() => {
    for (const live of open.splice(0)) live.dispose();
  });

  it('resolves defaults by difficulty, then settings, then the problem’s own budgets', () => {
    assert.deepEqual(resolveBudgetMinutes('medium'), { clarify: 5, plan: 7, code: 20, test: 8 });
    assert.deepEqual(resolveBudgetMinutes('medium', { medium: { code: 30 }, easy: { code: 1 } }), { clarify: 5, plan: 7, code: 30, test: 8 });
    assert.deepEqual(resolveBudgetMinutes('hard', { hard: { plan: 12 } }, { plan: 15, test: 0 }), { clarify: 7, plan: 15, code: 28, test: 10 });
  });

  it('the overall limit is the sum of the budgets unless set', () => {
    const first = startLiveSession('practice');
    first.dispose();
    assert.equal(first.session.state.overallLimitMs, (3 + 5 + 12 + 5) * 60_000);
    const live = track(startLiveSession('practice', { overallLimitMinutes: 45, budgetSettings: { easy: { clarify: 4 } } }));
    assert.equal(live.session.state.overallLimitMs, 45 * 60_000);
    assert.equal(live.session.state.budgets.clarify, 4 * 60_000);
  });

  it('reports 80 % and 100 % of a phase budget once each', () => {
    const live = track(startLiveSession('practice'));
    const clarifyMs = live.session.state.budgets.clarify;
    const seen: string[] = [];
    for (let s = 0; s * 1_000 < clarifyMs * 1.5; s++) {
      live.clock.advance(1_000);
      for (const a of live.session.tick().alerts) seen.push(`${a.scope}:${a.threshold}`);
    }
    assert.deepEqual(seen, ['clarify:80', 'clarify:100']);
  });

  it('reports overall thresholds, then expiry, in order', () => {
    const live = track(startLiveSession('practice', { overallLimitMinutes: 10 }));
    const seen: string[] = [];
    let expiredAt = -1;
    for (let s = 1; s <= 700; s++) {
      live.clock.advance(1_000);
      const report = live.session.tick();
      for (const a of report.alerts) seen.push(`${a.scope}:${a.threshold}`);
      if (report.expired) expiredAt = s;
    }
    assert.deepEqual(seen.filter((x) => x.startsWith('overall')), ['overall:80', 'overall:100']);
    assert.equal(expiredAt, 600);
  });

  it('a threshold crossed between two ticks while changing phase is still reported', () => {
    const live = track(startLiveSession('practice'));
    live.session.tick();
    live.clock.advance(live.session.state.budgets.clarify);
    live.session.askQuestion('Is the array sorted?', null, 'No.');
    live.session.advance();
    const alerts = live.session.tick().alerts.map((a) => `${a.scope}:${a.threshold}`);
    assert.deepEqual(alerts, ['clarify:80', 'clarify:100']);
  });

  it('does not report again after the session is reopened', () => {
    const live = track(startLiveSession('practice'));
    live.clock.advance(live.session.state.budgets.clarify * 0.9);
    assert.deepEqual(live.session.tick().alerts.map((a) => a.threshold), [80]);
    live.session.close();
    live.clock.restartProcess();
    const reopened = InterviewSession.resume(live.session.id, { store: live.store, clock: live.clock });
    try {
      live.clock.advance(live.session.state.budgets.clarify * 0.05);
      assert.deepEqual(reopened.tick().alerts, []);
      live.clock.advance(live.session.state.budgets.clarify * 0.1);
      assert.deepEqual(reopened.tick().alerts.map((a) => a.threshold), [100]);
    } finally {
      reopened.close();
    }
  });

  it('budgetAlerts is pure: the same snapshots give the same answer', () => {
    const budgets = { clarify: 1_000, plan: 1_000, code: 1_000, test: 1_000 };
    const before = { activeMs: 700, phaseTimesMs: { clarify: 700, plan: 0, code: 0, test: 0 } };
    const after = { activeMs: 1_100, phaseTimesMs: { clarify: 1_000, plan: 100, code: 0, test: 0 } };
    const first = budgetAlerts(budgets, 4_000, before, after);
    assert.deepEqual(first, budgetAlerts(budgets, 4_000, before, after));
    assert.deepEqual(first.map((a) => `${a.scope}:${a.threshold}`), ['clarify:80', 'clarify:100']);
  });
});
