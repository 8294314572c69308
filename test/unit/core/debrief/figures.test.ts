import { strict as assert } from 'node:assert';
import { buildDebrief } from '../../../../src/core/debrief/debrief';
import { formatClock } from '../../../../src/core/debrief/clock';
import { ordinal } from '../../../../src/ui/debrief/commonWords';
import { complexityRank } from '../../../../src/core/debrief/complexity';
import { inputKind } from '../../../../src/core/debrief/sessionLog';
import { MalformedLogError } from '../../../../src/core/debrief/sessionLog';
import type { ProblemMeta } from '../../../../src/problems/types';
import { missedBugWhy, silenceWords } from '../../../../src/ui/debrief/findingWords';
import { evidenceWords, scoreReasonLine } from '../../../../src/ui/debrief/scoreWords';
import { timelineWords } from '../../../../src/ui/debrief/timelineWords';
import { climbingStairs, ms, script, test } from './sessionScript';

/**
 * One imagined session on Climbing Stairs, written minute by minute; every figure below is checked
 * against what can be read off this script by hand.
 */
function storySession() {
  return script()
    .at('00:40').ask('How large can n get?', 'input-size', 'n is between 1 and 45.')
    .at('01:05').to('plan')
    .at('02:10').plan('dp over the last two counts', 'O(n log n)', 'O(1)')
    .at('04:25').to('code')
    .at('04:30').edit(20)
    .at('11:30').run(test('small: n = 2', 'accepted', 'visible'), test('single element: n = 1', 'wrong_answer', 'visible'))
    .at('13:02').run(test('small: n = 2', 'accepted', 'visible'), test('single element: n = 1', 'accepted', 'visible'))
    .at('14:00').pause(ms('04:10'))
    .at('18:40').hint(0)
    .at('24:20').to('test')
    .at('24:30').customTest('c1', '[3]', '3')
    .at('25:00').run(test('mine', 'wrong_answer', 'custom'))
    .at('27:40').to('code')
    .at('29:10').submit(test('single element: n = 1'), test('order matters: n = 3', 'wrong_answer'), test('worst case: n = 45', 'time_limit_exceeded'))
    .at('31:40').submit(test('single element: n = 1'), test('order matters: n = 3'), test('worst case: n = 45'))
    .at('31:45').scaling([{ size: 25_000, timeMs: 2 }, { size: 200_000, timeMs: 16.6 }], 'linear')
    .at('31:50').mutants(['fibonacci-base.js', 'no-single-stair.js'], ['one-step-short.js', 'three-step-moves.js'])
    .at('32:00').followUp('What if you could climb any of the step sizes in a given set, say {1, 3, 5}?', 'sum over the sizes')
    .at('32:00').end('accepted');
}

describe('debrief figures', () => {
  let meta: ProblemMeta;
  before(async () => {
    meta = await climbingStairs();
  });

  it('formats session times as mm:ss and h:mm:ss', () => {
    assert.equal(formatClock(ms('06:10')), '06:10');
    assert.equal(formatClock(3_725_000), '1:02:05');
    assert.equal(ordinal(2), '2nd');
    assert.equal(ordinal(12), '12th');
  });

  it('rejects a log that does not begin with session_started', () => {
    const events = script().at('01:00').note('x').events().slice(1);
    assert.throws(() => buildDebrief(events, meta), MalformedLogError);
  });

  it('adds up time per phase, including a return to code, against each budget', () => {
    const d = buildDebrief(storySession().events(), meta);
    const spent = Object.fromEntries(d.phases.phases.map((p) => [p.phase, formatClock(p.spentMs)]));
    // 1:05 of a 3:00 clarify budget is over a third, so not "short". clarify 0–1:05; plan 1:05–4:25; code 4:25–24:20 and 27:40–32:00; test 24:20–27:40.
    assert.deepEqual(spent, { clarify: '01:05', plan: '03:20', code: '24:15', test: '03:20' });
    const standing = Object.fromEntries(d.phases.phases.map((p) => [p.phase, p.standing]));
    assert.deepEqual(standing, { clarify: 'within', plan: 'within', code: 'over', test: 'within' });
    assert.equal(d.phases.returns.length, 1);
    assert.deepEqual(d.phases.returns[0], { t: ms('27:40'), from: 'test', to: 'code', afterVerdict: 'wrong_answer' });
    assert.deepEqual(d.phases.pauses, [{ t: ms('14:00'), wallMs: ms('04:10') }]);
    assert.equal(d.activeMs, ms('32:00'));
  });

  it('retells the session in order with mm:ss times, answers and failing kinds', () => {
    const d = buildDebrief(storySession().events(), meta);
    const lines = d.timeline.map((entry) => {
      const e = timelineWords(entry);
      return `${e.clock} ${entry.kind} ${e.text}${e.detail === null ? '' : ` | ${e.detail}`}`;
    });
    assert.ok(lines.includes('00:40 question Asked "How large can n get?" | n is between 1 and 45.'));
    assert.ok(lines.includes('11:30 run Run: 1 / 2 passed (wrong answer). | failed: Example 2'));
    assert.ok(lines.includes('14:00 pause Paused for 4 minutes (not counted).'));
    assert.ok(lines.includes('18:40 hint Revealed hint 1. | hint 1'));
    assert.ok(lines.includes('27:40 back Went back from test to code.'));
    assert.ok(lines.includes('29:10 submit Submit: 1 / 3 hidden tests (wrong answer). | failed: order matters, worst case'));
    const times = d.timeline.map((e) => e.t);
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  });

  it('words a plan with one bound as that bound: time as time, space as space', () => {
    const detail = (time: string, space: string): string | null => {
      const events = script().at('01:00').to('plan').at('02:00').plan('two pointers', time, space).events();
      const entry = buildDebrief(events, meta).timeline.find((e) => e.kind === 'plan');
      assert.ok(entry !== undefined, 'no plan in the timeline');
      return timelineWords(entry).detail;
    };
    assert.equal(detail('O(n)', ''), 'O(n) time');
    assert.equal(detail('', 'O(1)'), 'O(1) space');
    assert.equal(detail('O(n)', 'O(1)'), 'O(n) time, O(1) space');
    assert.equal(detail('', ''), null);
  });

  it('lists key questions asked and missed with the interviewer answers', () => {
    const d = buildDebrief(storySession().events(), meta);
    assert.equal(d.clarifications.keyTotal, 2);
    assert.equal(d.clarifications.keyAsked, 1);
    assert.equal(d.clarifications.coverage, 0.5);
    const orderMatters = d.clarifications.outcomes.find((o) => o.id === 'order-matters');
    const inputSize = d.clarifications.outcomes.find((o) => o.id === 'input-size');
    assert.ok(orderMatters !== undefined && inputSize !== undefined);
    assert.match(orderMatters.answer, /different way/);
    assert.equal(orderMatters.askedAt, null);
    assert.equal(inputSize.askedLate, false);
    assert.equal(inputSize.askedAt, ms('00:40'));
  });

  it('marks a question asked after coding started as late, and keeps unmatched questions', () => {
    const events = script().at('01:00').to('plan').at('02:00').to('code').at('03:00').ask('How big is n?', 'input-size').ask('Is it sunny?', null, 'Not relevant.').events();
    const d = buildDebrief(events, meta);
    assert.equal(d.clarifications.outcomes.find((o) => o.id === 'input-size')?.askedLate, true);
    assert.deepEqual(d.clarifications.unmatched, [{ t: ms('03:00'), text: 'Is it sunny?', answer: 'Not relevant.' }]);
  });

  it('sets the stated plan against the expected complexity and the largest hidden tests', () => {
    const d = buildDebrief(storySession().events(), meta);
    assert.equal(d.complexity.stated, 'O(n log n)');
    assert.equal(d.complexity.expected, 'O(n)');
    assert.equal(d.complexity.comparison, 'slower');
    assert.deepEqual(d.complexity.maxSizeTests.map((t) => t.verdict), ['accepted']);
    assert.equal(d.complexity.meetsExpected, true);
  });

  it('sets measured growth against stated and expected, with size and time factors', () => {
    const measured = buildDebrief(storySession().events(), meta).complexity.measured;
    assert.ok(measured !== null);
    assert.equal(measured.versusStated, 'faster');
    assert.equal(measured.versusExpected, 'matches');
    assert.equal(measured.sizeFactor, 8);
    assert.equal(measured.timeFactor?.toFixed(1), '8.3');
  });

  it('ranks the usual complexity notations', () => {
    assert.deepEqual(
      ['O(1)', 'O(log n)', 'O(n)', 'O(m + n)', 'O(n log n)', 'O(n^2)', 'O(m · n)', 'O(2^n)', 'quadratic', 'about linear', 'O(n!)', 'fast', 'n log n', 'worse', 'unknown'].map(complexityRank),
      [0, 1, 2, 2, 3, 4, 4, 6, 4, 2, 7, null, 3, 5, null],
    );
  });

  it('names each missed planted bug with the kind of input that would have exposed it', () => {
    const d = buildDebrief(storySession().events(), meta);
    assert.equal(d.mutants.caught, 2);
    assert.equal(d.mutants.total, 4);
    assert.equal(d.mutants.customTests, 1);
    assert.deepEqual(d.mutants.missed.map((m) => missedBugWhy(m.exposedBy, d.mutants)), ['none of your tests had small input', 'none of your tests had small input']);
    assert.match(d.mutants.missed[0]?.bug ?? '', /one stair early/);
  });

  it('finds silent coding stretches over the threshold, and the threshold is configurable', () => {
    const events = script().at('01:00').to('plan').at('02:00').plan('x').at('06:10').to('code').at('20:15').note('now a loop').at('22:00').run(test('a', 'accepted', 'visible')).events();
    const d = buildDebrief(events, meta);
    assert.deepEqual(d.silences.map(silenceWords), ['14 minutes of coding with no note, run or question between 06:10 and 20:15']);
    assert.equal(buildDebrief(events, meta, { silenceThresholdMs: ms('15:00') }).silences.length, 0);
    assert.equal(buildDebrief(events, meta, { silenceThresholdMs: ms('01:00') }).silences.length, 2);
  });

  it('counts runs, first against final submit by label, time to first green and failing kinds', () => {
    const t = buildDebrief(storySession().events(), meta).tests;
    assert.equal(t.runs, 3);
    assert.equal(t.submits, 2);
    assert.equal(t.runsWithOwnTests, 1);
    assert.equal(t.acceptedOnSubmit, 2);
    assert.deepEqual(t.byLabel.find((l) => l.label === 'order matters: n = 3'), {
      label: 'order matters: n = 3',
      firstSubmit: { passed: 0, total: 1 },
      finalSubmit: { passed: 1, total: 1 },
    });
    assert.equal(t.codingStartedAt, ms('04:25'));
    assert.equal(t.firstGreenAt, ms('13:02'));
    assert.equal(t.timeToFirstGreenMs, ms('08:37'));
    assert.deepEqual(t.failingKinds.map((k) => `${k.kind}×${k.attempts}`), ['Example 2×1', 'order matters×1', 'worst case×1']);
  });

  it('reads the label kind before the colon', () => {
    assert.equal(inputKind('Duplicates: [1,1,2]'), 'duplicates');
    assert.equal(inputKind('empty'), 'empty');
  });

  it('pairs the follow-up answer with the model answer and keeps the self-review', () => {
    const d = buildDebrief(storySession().at('32:10').selfReview([3, 3, 3, 3, 2], 'rushed').events(), meta);
    const [followUp] = d.followUps;
    assert.ok(followUp !== undefined && d.selfReview !== null);
    assert.match(followUp.modelAnswer ?? '', /sum of ways/);
    assert.equal(d.selfReview.notes, 'rushed');
    assert.equal(d.selfReview.scores.time_management, 2);
    assert.equal(followUp.answer, 'sum over the sizes');
  });

  it('scores each dimension from evidence with its reason', () => {
    const d = buildDebrief(storySession().events(), meta);
    const scores = Object.fromEntries(d.evidence.map((e) => [e.dimension, `${e.score} ${scoreReasonLine(e)}`]));
    assert.deepEqual(scores, {
      problem_solving: '2 accepted on submit 2; complexity missed the expected bound; 1 hint',
      communication: '2 1 of 2 key questions asked; 1 silent stretch; 0 notes',
      code_quality: '4 0 of 5 runs and submits that reached the tests ended in a runtime or compile error (style is not judged)',
      testing: '3 2 of 4 planted bugs caught',
      time_management: '3 code over budget; 32:00 of 25:00 used',
    });
    const solving = d.evidence.find((e) => e.dimension === 'problem_solving');
    assert.deepEqual(solving?.evidence.map(evidenceWords), ['31:40 submit accepted', 'planned O(n log n), expected O(n)', '18:40 hint 1 revealed']);
  });

  it('works without the problem: no bank, no key questions, no mutant names', () => {
    const d = buildDebrief(storySession().events(), undefined);
    assert.equal(d.clarifications.coverage, null);
    assert.equal(d.complexity.expected, null);
    assert.equal(d.mutants.missed[0]?.bug, 'one-step-short.js');
  });
});
