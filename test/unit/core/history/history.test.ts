import { strict as assert } from 'node:assert';
import { filterHistory, summariseSession, topicsOf } from '../../../../src/core/history/sessionSummary';
import type { SessionSummary } from '../../../../src/core/history/sessionSummary';
import { calibration, trends } from '../../../../src/core/history/trends';
import { recurringWeaknesses } from '../../../../src/core/history/weaknesses';
import type { ProblemMeta } from '../../../../src/problems/types';
import { weaknessWords } from '../../../../src/ui/history/historyWords';
import { START_AT, climbingStairs, script, test } from '../debrief/sessionScript';

const DAY = 86_400_000;

/** Accepted first time, both key questions asked, own test run, self-review given. */
function goodSession(id: string, day: number) {
  return script({ sessionId: id, startAt: START_AT + day * DAY })
    .at('00:30').ask('n?', 'input-size').at('01:00').ask('order?', 'order-matters')
    .at('02:00').to('plan').at('03:00').plan('dp', 'O(n)')
    .at('05:00').to('code').at('09:00').run(test('small: n = 2', 'accepted', 'visible'))
    .at('10:00').to('test').at('11:00').customTest('c', '[1]').at('11:30').run(test('mine', 'accepted', 'custom'))
    .at('12:00').submit(test('empty: n = 1'), test('small: n = 3'))
    .at('12:00').end('accepted')
    .at('12:10').selfReview([4, 4, 4, 4, 4]);
}

/** No questions, straight to code, empty input failing twice, gave up. */
function poorSession(id: string, day: number, topics = ['dynamic-programming']) {
  return script({ sessionId: id, startAt: START_AT + day * DAY, topics, difficulty: 'medium', problemId: `p-${id}`, title: `Problem ${id}` })
    .at('00:10').to('plan').at('00:20').to('code')
    .at('05:00').submit(test('empty: []', 'wrong_answer'), test('small: [1]'))
    .at('08:00').submit(test('empty: []', 'runtime_error'), test('small: [1]'))
    .at('09:00').giveUp().end('gave_up')
    .at('09:10').selfReview([3, 3, 3, 3, 3]);
}

describe('history', () => {
  let meta: ProblemMeta;
  let sessions: SessionSummary[];
  before(async () => {
    meta = await climbingStairs();
    sessions = [
      summariseSession(goodSession('a', 0).events(), meta),
      summariseSession(poorSession('b', 1).events(), undefined),
      summariseSession(poorSession('c', 2, ['array']).events(), undefined),
      summariseSession(goodSession('d', 3).events(), meta),
      summariseSession(poorSession('e', 4, ['array']).events(), undefined),
    ];
  });

  it('summarises a session with outcome, time and the figures history compares', () => {
    const [good, poor] = sessions;
    assert.ok(good !== undefined && poor !== undefined);
    assert.equal(good.solved, true);
    assert.equal(good.activeMs, 12 * 60_000);
    assert.equal(good.keyCoverage, 1);
    assert.equal(good.firstSubmitPassRate, 1);
    assert.equal(good.phaseShare.clarify, 2 / 12);
    assert.equal(poor.solved, false);
    assert.equal(poor.outcome, 'gave_up');
    assert.equal(poor.firstSubmitPassRate, 0.5);
    assert.deepEqual(poor.failedKinds, ['empty']);
  });

  it('filters by topic and difficulty, newest first', () => {
    assert.deepEqual(filterHistory(sessions, { topic: 'array' }).map((s) => s.sessionId), ['e', 'c']);
    assert.deepEqual(filterHistory(sessions, { difficulty: 'easy' }).map((s) => s.sessionId), ['d', 'a']);
    assert.deepEqual(filterHistory(sessions, {}).map((s) => s.sessionId), ['e', 'd', 'c', 'b', 'a']);
    assert.deepEqual(topicsOf(sessions), ['array', 'dynamic-programming']);
  });

  it('draws trends oldest first and leaves out sessions without the figure', () => {
    const t = trends(sessions);
    assert.deepEqual(t.firstSubmitPassRate.map((p) => p.value), [1, 0.5, 0.5, 1, 0.5]);
    assert.deepEqual(t.clarificationCoverage.map((p) => p.sessionId), ['a', 'd']);
    assert.deepEqual(t.timeToFirstGreenMs.map((p) => p.value), [4 * 60_000, 4 * 60_000]);
    assert.equal(t.phaseShare.code.length, 5);
  });

  it('counts recurring weaknesses in the last five sessions', () => {
    const sentences = recurringWeaknesses(sessions).map(weaknessWords);
    assert.ok(sentences.includes('Hidden tests of empty input failed while other tests passed in 3 of the last 5 sessions'), sentences.join('\n'));
    assert.ok(sentences.includes('Gave up in 3 of the last 5 sessions'));
    assert.ok(sentences.includes('Started coding without a written plan in 3 of the last 5 sessions'));
    assert.ok(sentences.includes('Submitted without running first in 3 of the last 5 sessions'));
    assert.ok(!sentences.some((s) => s.startsWith('Skipped key clarifying')), 'sessions without a bank have no key questions to skip');
    assert.deepEqual(recurringWeaknesses(sessions, 2).map(weaknessWords), []);
  });

  it('tracks self-rating calibration as self minus evidence per dimension', () => {
    const c = calibration(sessions);
    assert.equal(c.points.length, 5);
    const poor = c.points.find((p) => p.sessionId === 'b');
    assert.ok(poor !== undefined);
    // Gave up with 1 of 2 hidden tests passing: problem solving 2, so the self-rating of 3 is 1 higher.
    assert.equal(poor.gap.problem_solving, 3 - 2);
    assert.ok(c.mean !== null);
    assert.equal(c.mean.problem_solving, (0 + 1 + 1 + 0 + 1) / 5);
    // Phases within budget before giving up show nothing about time management: no gap to compare.
    assert.equal(poor.gap.time_management, null);
    assert.equal(c.sessions.time_management, 2);
    assert.equal(c.mean.time_management, 0);
  });

  it('has no calibration without self-reviews', () => {
    const events = goodSession('x', 0).events().filter((e) => e.type !== 'self_review');
    const none = { problem_solving: 0, communication: 0, code_quality: 0, testing: 0, time_management: 0 };
    assert.deepEqual(calibration([summariseSession(events, meta)]), { points: [], mean: null, sessions: none });
  });
});
