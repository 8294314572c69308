import * as assert from 'node:assert/strict';
import { CallClock, overLimitMessage, WALL_CAP_FACTOR } from '../../../src/judge/callClock';

/** Waits without using the CPU, as a thread does while the machine runs something else. */
function idle(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('the clock a call\'s time limit is measured on (judge)', () => {
  const clock = new CallClock();

  it('measures CPU time on this machine (Linux or a Node with process.threadCpuUsage)', () => {
    assert.equal(clock.measuresCpu, process.platform === 'linux' || typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === 'function');
  });

  it('does not count time the thread waited: a busy machine does not make a call time out', function () {
    if (!clock.measuresCpu) this.skip();
    clock.start(400);
    idle(450);
    const over = clock.overTime();
    const time = clock.finish();
    // Past the limit in wall time, far below it in CPU time (unless the machine kept this thread waiting past the cap).
    assert.equal(over, time.wallMs >= 400 * WALL_CAP_FACTOR, `wall ${time.wallMs}, CPU ${time.timeMs}`);
    assert.ok(time.wallMs >= 450 && time.timeMs < 200, `wall ${time.wallMs}, CPU ${time.timeMs}`);
    assert.equal(time.overLimit, over);
  });

  it('stops a busy call once it used its limit, naming the clock that stopped it', () => {
    clock.start(50);
    const started = performance.now();
    while (!clock.overTime()) assert.ok(performance.now() - started < 5000, 'stopped within the wall-time cap');
    const time = clock.finish();
    assert.equal(time.overLimit, true);
    // On a quiet machine the CPU time reaches the limit first; on a busy one the wall-time cap does.
    assert.match(overLimitMessage(time, 50), time.timeMs >= 50 ? /^ran over the 50 ms limit/ : /the machine was busy$/);
    assert.ok(time.wallMs < 50 * WALL_CAP_FACTOR + 1000, `stopped by ${time.wallMs} ms (the cap, plus generous room for a descheduled thread)`);
  });

  it('stops any call at the wall-time cap, and says the machine was busy', function () {
    if (!clock.measuresCpu) this.skip();
    clock.start(100);
    idle(100 * WALL_CAP_FACTOR + 20);
    assert.equal(clock.overTime(), true);
    const time = clock.finish();
    assert.equal(time.overLimit, true);
    assert.match(overLimitMessage(time, 100), new RegExp(`${WALL_CAP_FACTOR}× the 100 ms limit.*the machine was busy`));
  });

  it('is never over outside a call', () => {
    clock.start(10);
    clock.finish();
    idle(30);
    clock.start(1000);
    assert.equal(clock.overTime(), false);
    clock.finish();
  });
});
