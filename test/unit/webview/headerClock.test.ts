/**
 * The panel's clock and the status bar count the same phase time; each used to redraw every 1000 ms from
 * whenever it started, so the two showed different seconds for up to a second at a time (a screenshot
 * caught "Clarify 0:01" in the panel beside "Clarify 0:02" in the status bar). Both now redraw just past
 * each whole second of the phase time. The panel's header runs here in a real DOM with its timers and
 * its clock under the test's control.
 */
import { strict as assert } from 'node:assert';
import { buildView } from '../../../src/ui/interview/view';
import { msUntilNextSecond } from '../../../src/vocabulary/interview';
import type { InterviewView } from '../../../src/webview/protocol';
import { openRoom, type RoomFixture } from '../ui/roomFixture';

type HeaderModule = typeof import('../../../src/webview/interview/panes/header');
type Registrator = (typeof import('@happy-dom/global-registrator'))['GlobalRegistrator'];

interface Timer {
  run: () => void;
  ms: number;
  cleared: boolean;
}

describe('the interview panel\'s clock redraws on the phase time\'s seconds (webview code in a real DOM)', () => {
  let fixture: RoomFixture | undefined;
  let view: InterviewView;
  let headerModule: HeaderModule;
  let registrator: Registrator | undefined;
  const timers: Timer[] = [];
  let now = 0;
  let restore: (() => void) | undefined;

  before(async () => {
    fixture = await openRoom('two-sum');
    view = buildView(fixture.room, '<p>Given an array of integers…</p>', false);
    registrator = (await import('@happy-dom/global-registrator')).GlobalRegistrator;
    registrator.register();
    headerModule = await import('../../../src/webview/interview/panes/header');
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    const realNow = performance.now.bind(performance);
    Object.assign(globalThis, {
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms, cleared: false }),
      clearTimeout: (id: number | undefined) => {
        const timer = id === undefined ? undefined : timers[id - 1];
        if (timer !== undefined) timer.cleared = true;
      },
    });
    performance.now = () => now;
    restore = () => {
      Object.assign(globalThis, { setTimeout: realSetTimeout, clearTimeout: realClearTimeout });
      performance.now = realNow;
    };
  });

  after(async () => {
    restore?.();
    if (registrator?.isRegistered === true) await registrator.unregister();
    fixture?.close();
  });

  /** The one pending redraw: every later one is scheduled by it or by a new view. */
  function pending(): Timer {
    const live = timers.filter((t) => !t.cleared);
    assert.equal(live.length, 1, `${live.length} redraws pending`);
    const [timer] = live;
    assert.ok(timer);
    return timer;
  }

  function fire(timer: Timer): void {
    timer.cleared = true;
    now += timer.ms;
    timer.run();
  }

  it('says when a clock of whole seconds next changes, just past the boundary', () => {
    assert.equal(msUntilNextSecond(0), 1020);
    assert.equal(msUntilNextSecond(61_400), 620);
    assert.equal(msUntilNextSecond(61_999), 21);
    assert.equal(msUntilNextSecond(62_020), 1000);
  });

  it('shows the next second as soon as the phase time reaches it, then every second on the boundary', () => {
    const header = new headerModule.Header(() => undefined);
    const phaseClock = (): string => header.element.querySelector('.clock')?.textContent ?? '';
    header.update({ ...view, clock: { ...view.clock, phaseElapsedMs: 61_400, totalElapsedMs: 61_400, paused: false } });
    assert.match(phaseClock(), / 1:01 \//);
    const first = pending();
    assert.equal(first.ms, 620, 'the redraw waits for 62 s of phase time, not a whole second');
    fire(first);
    assert.match(phaseClock(), / 1:02 \//);
    const second = pending();
    assert.equal(second.ms, 1000);
    fire(second);
    assert.match(phaseClock(), / 1:03 \//);

    // A new phase starts its seconds at its own offset: the pending redraw gives way to one on the new boundaries.
    header.update({ ...view, clock: { ...view.clock, phaseElapsedMs: 250, totalElapsedMs: 63_300, paused: false } });
    assert.equal(pending().ms, 770);

    // Paused, nothing moves: the header looks again a second later.
    header.update({ ...view, clock: { ...view.clock, phaseElapsedMs: 250, totalElapsedMs: 63_300, paused: true } });
    assert.equal(pending().ms, 1000);
  });
});
