import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InterviewSession } from '../../../src/core/session';
import { phaseTimesAt } from '../../../src/core/state';
import { PHASES } from '../../../src/vocabulary/interview';
import { COMPLETE_PLAN, judgeReport, startLiveSession, type LiveSession } from '../../builders/session';
import { LogBuilder } from '../../builders/sessionLog';

function eventsOf(live: LiveSession) {
  const read = live.store.read(live.session.id);
  assert.ok(read.ok);
  return read.log.events;
}

function sumPhases(times: Record<string, number>): number {
  return PHASES.reduce((s, p) => s + (times[p] ?? 0), 0);
}

describe('core: active time', () => {
  let live: LiveSession;
  afterEach(() => { live.dispose(); });

  it('stamps each event with active ms since the start, and phase times add up to it', () => {
    live = startLiveSession('practice');
    live.clock.advance(40_000);
    live.session.askQuestion('Empty input?', 'empty-input', 'No.');
    live.clock.advance(20_000);
    live.session.advance();
    live.clock.advance(65_000);
    live.session.updatePlan(COMPLETE_PLAN);
    live.session.advance();
    live.clock.advance(5_000);
    const events = eventsOf(live);
    assert.deepEqual(events.map((e) => e.t), [0, 40_000, 60_000, 125_000, 125_000]);
    assert.deepEqual(live.session.phaseTimesMs(), { clarify: 60_000, plan: 65_000, code: 5_000, test: 0 });
    assert.equal(live.session.activeMs(), 130_000);
  });

  it('excludes paused time from phase times and event times', () => {
    live = startLiveSession('practice');
    live.clock.advance(10_000);
    live.session.pause();
    live.clock.advance(300_000);
    assert.equal(live.session.activeMs(), 10_000);
    live.session.resume();
    live.clock.advance(5_000);
    live.session.addNote('thinking about a hash map');
    assert.equal(eventsOf(live).at(-1)?.t, 15_000);
    assert.equal(live.session.phaseTimesMs().clarify, 15_000);
  });

  it('records a machine suspend as a break without counting it as work', () => {
    live = startLiveSession('practice');
    live.clock.advance(60_000);
    live.clock.suspend(3_600_000);
    live.clock.advance(1_000);
    const report = live.session.tick();
    assert.equal(report.breakMs, 3_600_000);
    assert.equal(report.activeMs, 61_000);
    assert.equal(live.session.state.breaks, 1);
    assert.equal(live.session.state.breakMs, 3_600_000);
  });

  it('takes a frozen stretch out of active time when the monotonic clock counted through sleep', () => {
    live = startLiveSession('practice');
    live.clock.advance(1_000);
    live.session.tick();
    live.clock.suspendCountingMonotonic(600_000);
    const report = live.session.tick();
    assert.equal(report.breakMs, 600_000);
    assert.equal(report.activeMs, 1_000);
    assert.equal(sumPhases(report.phaseTimesMs), report.activeMs);
  });

  it('ignores the wall clock jumping back, and times stay exact', () => {
    live = startLiveSession('practice');
    live.clock.advance(30_000);
    live.clock.jumpWall(-3_600_000);
    live.clock.advance(30_000);
    const report = live.session.tick();
    assert.equal(report.breakMs, 0);
    assert.equal(report.activeMs, 60_000);
  });

  it('continues a reopened session where it stopped; time closed is a break', () => {
    live = startLiveSession('practice');
    live.clock.advance(50_000);
    live.session.askQuestion('Negative numbers?', null, 'Yes.');
    live.clock.advance(10_000);
    live.session.close();
    live.clock.suspend(7_200_000).restartProcess(42);
    const reopened = InterviewSession.resume(live.session.id, { store: live.store, clock: live.clock });
    try {
      assert.equal(reopened.activeMs(), 60_000);
      assert.equal(reopened.state.paused, false);
      assert.equal(reopened.state.breaks, 1);
      assert.equal(reopened.state.breakMs, 7_200_000);
      assert.equal(reopened.state.pauses, 0, 'closing the editor is not a pause the user chose');
      live.clock.advance(15_000);
      assert.equal(reopened.phaseTimesMs().clarify, 75_000);
    } finally {
      reopened.close();
    }
  });

  it('a session the user paused stays paused after reopening', () => {
    live = startLiveSession('practice');
    live.clock.advance(20_000);
    live.session.pause();
    live.session.close();
    live.clock.advance(100_000).restartProcess();
    const reopened = InterviewSession.resume(live.session.id, { store: live.store, clock: live.clock });
    try {
      assert.equal(reopened.state.paused, true);
      live.clock.advance(100_000);
      assert.equal(reopened.activeMs(), 20_000);
    } finally {
      reopened.close();
    }
  });

  it('after a crash (no close, stale lock) continues from the last event', () => {
    live = startLiveSession('practice');
    const crashed = new LogBuilder({ sessionId: 'crashed-session', startAt: live.clock.wall() })
      .after(20_000).question('Sorted?', null, 'No.')
      .after(3_000).note('hash map');
    crashed.writeTo(live.store.dir);
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(live.store.dir, 'crashed-session.lock'), String(deadPid));
    live.clock.advance(23_000).suspend(600_000).restartProcess();
    const reopened = InterviewSession.resume('crashed-session', { store: live.store, clock: live.clock });
    try {
      assert.equal(reopened.activeMs(), 23_000);
      assert.equal(reopened.state.breakMs, 600_000);
      live.clock.advance(1_000);
      reopened.addNote('continuing');
      assert.equal(reopened.state.lastT, 24_000);
    } finally {
      reopened.close();
    }
  });

  it('records an idle stretch when activity resumes after the threshold', () => {
    live = startLiveSession('practice', {}, { idleThresholdMs: 60_000 });
    live.clock.advance(30_000);
    live.session.noteActivity();
    live.clock.advance(90_000);
    live.session.noteEdit(5, 0);
    assert.equal(live.session.state.idleStretches, 1);
    assert.equal(live.session.state.idleMs, 90_000);
    live.clock.advance(59_000);
    live.session.addNote('ok');
    assert.equal(live.session.state.idleStretches, 1);
  });

  it('summarises typing into edit_summary events with bursts', () => {
    live = startLiveSession('practice');
    live.session.askQuestion('q', null, 'a');
    live.session.advance();
    live.session.updatePlan(COMPLETE_PLAN);
    live.session.advance();
    for (let i = 0; i < 10; i++) {
      live.clock.advance(200);
      live.session.noteEdit(3, 1);
    }
    live.clock.advance(10_000);
    live.session.noteEdit(4, 0);
    live.clock.advance(1_000);
    live.session.recordRun(judgeReport(['accepted']));
    const summaries = eventsOf(live).filter((e) => e.type === 'edit_summary');
    assert.equal(summaries.length, 1);
    assert.deepEqual(live.session.state.edits, { added: 34, removed: 10, bursts: 2 });
    for (let i = 0; i < 40; i++) {
      live.clock.advance(1_000);
      live.session.noteEdit(1, 0);
      live.session.tick();
    }
    assert.equal(eventsOf(live).filter((e) => e.type === 'edit_summary').length, 2, 'a window of 30 s is flushed by tick');
  });

  it('records focus lost and regained once each', () => {
    live = startLiveSession('practice');
    live.session.focusChanged(false);
    live.session.focusChanged(false);
    live.session.focusChanged(true);
    assert.equal(live.session.state.focusLosses, 1);
    assert.equal(eventsOf(live).filter((e) => e.type === 'focus_changed').length, 2);
  });

  it('freezes active time at the end of the session', () => {
    live = startLiveSession('practice');
    live.clock.advance(12_000);
    live.session.giveUp();
    live.clock.advance(50_000);
    assert.equal(live.session.activeMs(), 12_000);
    live.session.selfReview({ problem_solving: 3, communication: 4, code_quality: 3, testing: 2, time_management: 3 }, 'ran out of ideas');
    assert.equal(eventsOf(live).at(-1)?.t, 12_000);
    const state = live.session.state;
    assert.equal(sumPhases(phaseTimesAt(state, live.session.activeMs())), 12_000);
  });
});
