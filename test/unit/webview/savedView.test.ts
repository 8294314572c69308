/**
 * The interview panel in the seconds after a window reload, before the extension host answers: the
 * webview's own script draws the view VS Code kept in its state. The e2e reload flow sees that moment
 * only when it is long enough to catch; this drives the same webview code in a real DOM (happy-dom),
 * on a view built from a real room and a real Run, every time.
 */
import { strict as assert } from 'node:assert';
import { Judge } from '../../../src/judge/judge';
import { judgeTestsOf } from '../../../src/ui/interview/customTests';
import { buildView } from '../../../src/ui/interview/view';
import type { InterviewView, WebviewMessage } from '../../../src/webview/protocol';
import { testWorkerScript } from '../judge/workerBuild';
import { openRoom, type RoomFixture } from '../ui/roomFixture';

// Always the first two indices: fails the examples whose pair is elsewhere, and logs, so the report has details.
const wrongTwoSum = 'var twoSum = function (nums, target) {\n  console.log("looking at", nums.length);\n  return [0, 1];\n};';

/** What VS Code hands the webview back after a reload, and what the page posts or saves. */
interface Host {
  state: unknown;
  posted: unknown[];
}

type ScreenModule = typeof import('../../../src/webview/interview/screen');
type Registrator = (typeof import('@happy-dom/global-registrator'))['GlobalRegistrator'];

describe('the interview panel after a reload, before the extension answers (webview code in a real DOM)', () => {
  let judge: Judge;
  let fixture: RoomFixture | undefined;
  let view: InterviewView;
  let screenModule: ScreenModule;
  let registrator: Registrator | undefined;
  const host: Host = { state: undefined, posted: [] };

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    fixture = await openRoom('two-sum');
    const { room } = fixture;
    assert.ok(room.askQuestion('Are there negative numbers?').ok);
    room.session.advance({ override: true });
    room.session.advance({ override: true });
    const report = await judge.run(room.problem, wrongTwoSum, 'javascript', judgeTestsOf(room.savedTests));
    room.lastRun = report;
    assert.ok(room.session.recordRun(report).ok);
    view = buildView(room, '<p>Given an array of integers…</p>', false);
    assert.equal(view.lastRun?.verdict, 'wrong_answer');

    // The page's modules define custom elements as they load: the DOM comes first.
    registrator = (await import('@happy-dom/global-registrator')).GlobalRegistrator;
    registrator.register();
    // The webview's handle on VS Code, acquired once when the page's modules load, as in the panel.
    Object.assign(globalThis, {
      acquireVsCodeApi: () => ({
        postMessage: (message: unknown) => { host.posted.push(message); },
        getState: () => host.state,
        setState: (state: unknown) => { host.state = state; },
      }),
    });
    screenModule = await import('../../../src/webview/interview/screen');
  });

  after(async () => {
    if (registrator?.isRegistered === true) await registrator.unregister();
    fixture?.close();
    await judge.dispose();
  });

  function openPage(savedState: unknown): { root: HTMLElement; screen: InstanceType<ScreenModule['InterviewScreen']>; sent: WebviewMessage[] } {
    host.state = savedState;
    host.posted = [];
    document.body.replaceChildren();
    const root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    const sent: WebviewMessage[] = [];
    return { root, screen: new screenModule.InterviewScreen(root, (message) => { sent.push(message); }), sent };
  }

  const visible = (root: HTMLElement, selector: string): boolean => [...root.querySelectorAll<HTMLElement>(selector)].some((e) => !e.hidden);

  it('draws the saved view read-only, with "Reconnecting…" for the clocks and the last Run as it was', () => {
    const { root, screen, sent } = openPage({ scrollY: 0, statementOpen: true, drafts: { question: 'Is the array sorted' }, sessionId: view.sessionId, lastView: view });
    assert.equal(screen.showSaved(), true);
    assert.equal(root.inert, true, 'the saved view takes no input');
    assert.equal(root.getAttribute('aria-busy'), 'true');
    assert.equal(visible(root, '.reconnecting'), true);
    assert.equal(visible(root, '.clock'), false, 'its clocks are stale: "Reconnecting…" stands in for them');
    const run = root.querySelector<HTMLElement>('.run-results .summary');
    assert.ok(run !== null, 'the last Run is on the saved view');
    assert.ok(run.classList.contains('verdict-wrong_answer'), run.className);
    const report = root.querySelector('.run-results .report')?.textContent ?? '';
    assert.match(report, /\[0,1\]/, 'the failing test\'s answer');
    assert.match(report, /looking at/, 'its console output');
    // The statement's examples by the statement's names, as the debrief names them too.
    assert.match(report, /✗ Example 1 · Wrong Answer/);
    assert.doesNotMatch(report, /small random/);
    assert.match(root.textContent, /Are there negative numbers\?/, 'the question asked before the reload');
    // A draft belongs to the session the extension names: it waits for the live view.
    const question = root.querySelector('#question');
    assert.ok(question !== null, 'the question field');
    assert.equal((question as unknown as { value?: string }).value ?? '', '');
    assert.deepEqual(sent, [], 'nothing is sent from a view the extension has not confirmed');
  });

  it('becomes the live view when the extension\'s view arrives, keeps the draft, and saves that view for the next reload', () => {
    const { root, screen } = openPage({ scrollY: 0, statementOpen: true, drafts: { question: 'Is the array sorted' }, sessionId: view.sessionId, lastView: view });
    assert.equal(screen.showSaved(), true);
    const later: InterviewView = { ...view, clock: { ...view.clock, totalElapsedMs: view.clock.totalElapsedMs + 4_000 } };
    screen.handle({ kind: 'view', view: later });
    assert.equal(root.inert, false);
    assert.equal(root.hasAttribute('aria-busy'), false);
    assert.equal(visible(root, '.reconnecting'), false);
    assert.equal(visible(root, '.clock'), true);
    assert.ok(root.querySelector('.run-results .summary.verdict-wrong_answer') !== null, 'the last Run stays');
    assert.equal((root.querySelector('#question') as unknown as { value?: string } | null)?.value, 'Is the array sorted', 'the unsent question is back');
    const saved = host.state as { lastView?: InterviewView };
    assert.deepEqual(saved.lastView, later, 'the state carries the newest view, drawn first after the next reload');
  });

  it('draws nothing from a saved state without a view, or with one an older version wrote', () => {
    for (const state of [undefined, { scrollY: 0 }, { lastView: { ...view, phase: 'warm-up' } }, { lastView: 'not a view' }]) {
      const { root, screen } = openPage(state);
      assert.equal(screen.showSaved(), false, `${JSON.stringify(state) as string | undefined}`.slice(0, 60));
      assert.equal(root.childElementCount, 0);
      assert.equal(root.inert, false);
    }
  });
});
