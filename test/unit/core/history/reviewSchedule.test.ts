import { strict as assert } from 'node:assert';
import { gradeSession, reviewSchedule, suggestNext, topicStandings } from '../../../../src/core/history/reviewSchedule';
import type { CatalogueProblem } from '../../../../src/core/history/reviewSchedule';
import { summariseSession } from '../../../../src/core/history/sessionSummary';
import type { SessionSummary } from '../../../../src/core/history/sessionSummary';
import { suggestionReasonWords } from '../../../../src/ui/history/historyWords';
import { START_AT, script, test } from '../debrief/sessionScript';

const DAY = 86_400_000;

function session(id: string, problemId: string, day: number, result: 'first' | 'third' | 'gave_up', self: number, topics = ['array']): SessionSummary {
  const s = script({ sessionId: id, problemId, title: problemId, startAt: START_AT + day * DAY, topics }).at('01:00').to('code');
  if (result === 'gave_up') s.at('05:00').giveUp().end('gave_up');
  if (result === 'third') s.at('03:00').submit(test('a', 'wrong_answer')).at('04:00').submit(test('a', 'wrong_answer'));
  if (result !== 'gave_up') s.at('05:00').submit(test('a')).end('accepted');
  s.at('06:00').selfReview([self, self, self, self, self]);
  return summariseSession(s.events(), undefined);
}

const CATALOGUE: CatalogueProblem[] = [
  { id: 'two-sum', title: 'Two Sum', difficulty: 'easy', topics: ['array', 'hash-map'] },
  { id: 'three-sum', title: '3Sum', difficulty: 'medium', topics: ['array', 'two-pointers'] },
  { id: 'climbing-stairs', title: 'Climbing Stairs', difficulty: 'easy', topics: ['dynamic-programming'] },
];

describe('review schedule (FSRS)', () => {
  it('grades a session from its outcome and self-rating', () => {
    assert.equal(gradeSession(session('1', 'p', 0, 'gave_up', 3)).grade, 'again');
    assert.equal(gradeSession(session('2', 'p', 0, 'third', 3)).grade, 'hard');
    assert.equal(gradeSession(session('3', 'p', 0, 'first', 2)).grade, 'hard');
    assert.equal(gradeSession(session('4', 'p', 0, 'first', 3)).grade, 'good');
    assert.equal(gradeSession(session('5', 'p', 0, 'first', 4)).grade, 'easy');
  });

  it('schedules a failed problem sooner than a solved one, and an easy one latest', async () => {
    const cards = await reviewSchedule([
      session('1', 'failed', 0, 'gave_up', 3),
      session('2', 'solved', 0, 'first', 3),
      session('3', 'easy', 0, 'first', 4),
    ]);
    assert.deepEqual(cards.map((c) => c.problemId), ['failed', 'solved', 'easy']);
    for (const c of cards) assert.ok(c.due > START_AT);
  });

  it('lengthens the interval when the same problem is solved again', async () => {
    const once = await reviewSchedule([session('1', 'p', 0, 'first', 3)]);
    const onceCard = once[0];
    assert.ok(onceCard !== undefined);
    const twice = await reviewSchedule([session('1', 'p', 0, 'first', 3), session('2', 'p', Math.ceil((onceCard.due - START_AT) / DAY), 'first', 3)]);
    const twiceCard = twice[0];
    assert.ok(twiceCard !== undefined);
    assert.equal(twiceCard.reviews, 2);
    assert.ok(twiceCard.due - twiceCard.lastPractised > onceCard.due - onceCard.lastPractised);
  });

  it('counts a lapse when a problem once solved fails', async () => {
    const [card] = await reviewSchedule([session('1', 'p', 0, 'first', 3), session('2', 'p', 10, 'gave_up', 2)]);
    assert.ok(card !== undefined);
    assert.deepEqual([card.lapses, card.lastGrade.grade], [1, 'again']);
  });

  it('suggests the most overdue review first', async () => {
    const history = [session('1', 'two-sum', 0, 'gave_up', 2), session('2', 'three-sum', 0, 'first', 4)];
    const suggestion = await suggestNext(history, CATALOGUE, START_AT + 30 * DAY);
    assert.ok(suggestion !== null);
    assert.equal(suggestion.why, 'review_due');
    assert.match(suggestionReasonWords(suggestion), /^overdue for review by \d+ days: you practised it once, last 30 days ago, and last time it was not accepted \(gave up\)$/);
    assert.equal(suggestion.problemId, 'two-sum');
  });

  it('otherwise suggests an unpractised problem in the weakest topic', async () => {
    const history = [session('1', 'two-sum', 0, 'third', 3, ['array', 'hash-map'])];
    const [card] = await reviewSchedule(history);
    assert.ok(card !== undefined);
    const suggestion = await suggestNext(history, CATALOGUE, card.due - DAY);
    assert.ok(suggestion !== null);
    // Three Sum was never tried: the figures are the topic's, and the sentence says so.
    assert.equal(suggestion.why, 'weak_topic');
    assert.match(suggestionReasonWords(suggestion), /^never tried; it practises array, your weakest topic: 0 of 1 array session accepted on the first submit, the last one (today|yesterday|\d+ days ago)$/);
    assert.equal(suggestion.problemId, 'three-sum');
    assert.deepEqual(topicStandings(history).map((t) => t.topic), ['array', 'hash-map']);
  });

  it('starts a new user on an easy problem', async () => {
    const suggestion = await suggestNext([], CATALOGUE, START_AT);
    assert.deepEqual(suggestion, { problemId: 'two-sum', title: 'Two Sum', why: 'first_session' });
    assert.equal(suggestionReasonWords(suggestion), 'never tried; no sessions yet, so start with an easy problem');
  });
});
