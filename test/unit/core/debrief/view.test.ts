import { strict as assert } from 'node:assert';
import { buildDebrief } from '../../../../src/core/debrief/debrief';
import { summariseSession } from '../../../../src/core/history/sessionSummary';
import { debriefView } from '../../../../src/ui/debrief/debriefView';
import { historyOverview } from '../../../../src/ui/history/historyOverview';
import { parseDebriefHostMessage, parseDebriefWebviewMessage } from '../../../../src/webview/debrief/protocol';
import type { ProblemMeta } from '../../../../src/problems/types';
import { START_AT, climbingStairs, script, test } from './sessionScript';

const utc = (at: number): string => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

function session(id = 's-1', day = 0) {
  return script({ sessionId: id, startAt: START_AT + day * 86_400_000 })
    .at('00:40').ask('How large can n get?', 'input-size', 'n is between 1 and 45.')
    .at('01:05').to('plan').at('02:10').plan('dp', 'O(n)', 'O(1)')
    .at('04:25').to('code').at('11:30').run(test('single element: n = 1', 'wrong_answer', 'visible'))
    .at('13:00').submit(test('single element: n = 1'), test('worst case: n = 45'))
    .at('13:30').end('accepted');
}

describe('debrief and history views sent to the webview', () => {
  let meta: ProblemMeta;
  before(async () => {
    meta = await climbingStairs();
  });

  it('withholds results until the self-review is in, then reveals them beside the evidence', () => {
    const before = debriefView(buildDebrief(session().events(), meta), utc);
    assert.equal(before.revealed, false);
    assert.ok(before.scores.every((s) => s.self === null));
    const after = debriefView(buildDebrief(session().at('14:00').selfReview([2, 3, 4, 1, 3]).events(), meta), utc);
    assert.equal(after.revealed, true);
    assert.deepEqual(after.scores.map((s) => s.self), [2, 3, 4, 1, 3]);
    assert.equal(after.subtitle, '2026-11-20 19:02 · 13:30 active (limit 25:00)');
    assert.equal(after.clarificationSummary, '1 of 2 key questions asked');
    assert.deepEqual(after.clarifications.map((c) => c.status), ['asked', 'optional', 'missed', 'optional', 'optional', 'optional']);
  });

  it('does not repeat after a feedback sentence a moment the sentence already names', () => {
    const events = script({ sessionId: 's-clocks', startAt: START_AT })
      .at('00:40').ask('How large can n get?', 'input-size', 'n is between 1 and 45.')
      .at('01:05').to('plan').at('02:10').plan('dp', 'O(n)', 'O(1)')
      .at('04:25').to('code').at('11:30').run(test('n = 3, mine', 'accepted', 'custom'))
      .at('13:00').submit(test('single element: n = 1'), test('worst case: n = 45'))
      .at('13:30').end('accepted')
      .events();
    const view = debriefView(buildDebrief(events, meta), utc);
    const ownTests = view.feedback.find((f) => f.ruleId === 'own-tests-before-first-submit');
    assert.ok(ownTests, `no own-tests finding among ${view.feedback.map((f) => f.ruleId).join(', ')}`);
    assert.match(ownTests.sentence, /first at 11:30/);
    assert.deepEqual(ownTests.clocks, [], 'the sentence already says 11:30');
    for (const f of view.feedback) for (const clock of f.clocks) assert.ok(!f.sentence.includes(clock), `${f.ruleId} repeats ${clock}`);
  });

  it('builds a debrief message the protocol accepts', () => {
    const view = debriefView(buildDebrief(session().events(), meta), utc);
    const parsed = parseDebriefHostMessage({ kind: 'debrief', view });
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  });

  it('builds a history message the protocol accepts, with a chart per trend', async () => {
    const summaries = [summariseSession(session('a', 0).events(), meta), summariseSession(session('b', 2).events(), meta)];
    const view = await historyOverview(summaries, [{ id: 'two-sum', title: 'Two Sum', difficulty: 'easy', topics: ['array'] }], START_AT + 3 * 86_400_000);
    const parsed = parseDebriefHostMessage({ kind: 'history', view });
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.deepEqual(view.charts.map((c) => c.id), ['phase-share', 'coverage', 'first-submit', 'first-green', 'calibration']);
    assert.deepEqual(view.charts.find((c) => c.id === 'coverage')?.series[0]?.points.map((p) => p.y), [50, 50]);
    assert.equal(view.recent[0]?.sessionId, 'b');
  });

  it('drops malformed webview messages with the path of the problem', () => {
    const bad = parseDebriefWebviewMessage({ kind: 'submitSelfReview', sessionId: 's', scores: { problem_solving: 5 }, notes: '' });
    assert.deepEqual(bad, { ok: false, reason: '$.scores.problem_solving: 5 outside 1..4' });
    const extra = parseDebriefWebviewMessage({ kind: 'ready', html: '<script>' });
    assert.deepEqual(extra, { ok: false, reason: '$: unexpected field "html"' });
    assert.deepEqual(parseDebriefWebviewMessage({ kind: 'deleteEverything' }), { ok: false, reason: '$.kind: unknown kind "deleteEverything"' });
    assert.ok(parseDebriefWebviewMessage({ kind: 'exportMarkdown', sessionId: 's-1' }).ok);
  });
});
