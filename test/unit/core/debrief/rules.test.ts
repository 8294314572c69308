import { strict as assert } from 'node:assert';
import { sessionFacts } from '../../../../src/core/debrief/facts';
import { RULE_IDS, RULES, feedback } from '../../../../src/core/debrief/rules';
import type { Finding, RuleId } from '../../../../src/core/debrief/rules';
import type { ProblemMeta } from '../../../../src/problems/types';
import { measuredSentence } from '../../../../src/ui/debrief/complexityWords';
import { findingWords } from '../../../../src/ui/debrief/findingWords';
import type { WordedFinding } from '../../../../src/ui/debrief/findingWords';
import { climbingStairs, script, test } from './sessionScript';
import type { SessionScript } from './sessionScript';

/** A session with nothing to criticise: both key questions first, a plan, own tests, accepted first time. */
function cleanUntilSubmit(): SessionScript {
  return script()
    .at('00:30').ask('How large can n get?', 'input-size', 'n is between 1 and 45.')
    .at('01:00').ask('Does order matter?', 'order-matters', 'Yes.')
    .at('02:00').to('plan')
    .at('03:00').plan('keep the last two counts', 'O(n)', 'O(1)')
    .at('05:00').to('code')
    .at('09:00').run(test('small: n = 2', 'accepted', 'visible'))
    .at('12:00').to('test')
    .at('13:00').customTest('c1', '[1]', '1')
    .at('13:30').run(test('mine: n = 1', 'accepted', 'custom'));
}

function clean(): SessionScript {
  return cleanUntilSubmit()
    .at('15:00').submit(test('single element: n = 1'), test('small: n = 3'), test('worst case: n = 45'))
    .at('15:00').end('accepted');
}

const tested = new Set<RuleId>();

describe('feedback rules', () => {
  let meta: ProblemMeta;
  before(async () => {
    meta = await climbingStairs();
  });

  /** Findings as the candidate reads them: through the same wording the debrief uses. */
  function run(s: SessionScript): (Finding & WordedFinding)[] {
    return feedback(sessionFacts(s.events(), meta)).map((f) => ({ ...f, ...findingWords(f) }));
  }

  function only(s: SessionScript, id: RuleId): Finding & WordedFinding {
    tested.add(id);
    const found = run(s).filter((f) => f.ruleId === id);
    assert.equal(found.length, 1, `expected rule ${id} to fire; got ${run(s).map((f) => f.ruleId).join(', ')}`);
    const [finding] = found;
    assert.ok(finding !== undefined);
    return finding;
  }

  function silent(s: SessionScript, id: RuleId): void {
    assert.ok(!run(s).some((f) => f.ruleId === id), `rule ${id} should not fire`);
  }

  it('lists every rule once, in one file, with an id', () => {
    assert.deepEqual(RULES.map((r) => r.id), [...RULE_IDS]);
  });

  it('clean-session: says so briefly, and only that', () => {
    const findings = run(clean());
    tested.add('clean-session');
    assert.deepEqual(findings.map((f) => f.ruleId), ['own-tests-before-first-submit', 'clean-session']);
    assert.equal(
      findings[1]?.sentence,
      'Accepted on the 1st submit at 15:00, 2 of 2 key questions asked, 15:00 active against a 25:00 limit.',
    );
  });

  it('coded-before-key-question: cites coding start and the failing hidden tests of that kind', () => {
    const s = script()
      .at('00:30').ask('How large can n get?', 'input-size')
      .at('01:00').to('plan').at('01:30').plan('dp')
      .at('02:10').to('code')
      .at('08:00').submit(test('order matters: n = 3', 'wrong_answer'), test('small: n = 2'))
      .at('10:00').submit(test('order matters: n = 3', 'wrong_answer'), test('small: n = 2'))
      .at('12:00').submit(test('order matters: n = 3'), test('small: n = 2'));
    const f = only(s, 'coded-before-key-question');
    assert.equal(f.sentence, 'Coding started at 02:10, before any question about order matters; the hidden tests labelled order matters then failed twice.');
    silent(clean(), 'coded-before-key-question');
  });

  it('key-questions-missed: names each missed key question with its answer', () => {
    const s = script().at('01:00').to('plan').at('02:00').plan('dp').at('03:00').to('code');
    const f = only(s, 'key-questions-missed');
    assert.match(f.sentence, /^You asked 0 of 2 key questions; never asked: "How large can n get\?" \(n is between 1 and 45\.\); "Do sequences/);
    silent(clean(), 'key-questions-missed');
  });

  it('no-plan-before-code: coding began with an empty plan', () => {
    const s = script().at('00:20').ask('n?', 'input-size').ask('order?', 'order-matters').at('01:00').to('plan').at('01:30').to('code').at('03:00').plan('dp');
    assert.equal(only(s, 'no-plan-before-code').sentence, 'Coding started at 01:30 with no approach written in the plan.');
    silent(clean(), 'no-plan-before-code');
  });

  it('plan-slower-than-expected: stated against expected, and the timeouts it caused', () => {
    const s = script().at('01:00').to('plan').at('02:00').plan('recursion', 'O(2^n)').at('03:00').to('code')
      .at('10:00').submit(test('small: n = 3'), test('worst case: n = 45', 'time_limit_exceeded'));
    assert.equal(
      only(s, 'plan-slower-than-expected').sentence,
      'You planned O(2^n); the problem expects O(n). The final submit then timed out on 1 of the largest tests.',
    );
    silent(clean(), 'plan-slower-than-expected');
  });

  it('max-size-tests-failed: names the largest tests the final submit failed', () => {
    const s = cleanUntilSubmit().at('15:00').submit(test('small: n = 3'), test('worst case: n = 45', 'time_limit_exceeded'), test('large random: n near 35'));
    assert.equal(
      only(s, 'max-size-tests-failed').sentence,
      'The final submit at 15:00 failed 1 of 2 largest hidden tests (time limit exceeded): worst case: n = 45.',
    );
    silent(clean(), 'max-size-tests-failed');
  });

  it('max-size-tests-failed: a wrong answer on a largest test is a correctness bug, not a question of scale', () => {
    const s = cleanUntilSubmit().at('15:00').submit(test('small: n = 3'), test('worst case: n = 45', 'wrong_answer'), test('large random: n near 35'));
    silent(s, 'max-size-tests-failed');
    const memory = cleanUntilSubmit().at('15:00').submit(test('small: n = 3'), test('worst case: n = 45', 'memory_limit_exceeded'));
    assert.match(only(memory, 'max-size-tests-failed').sentence, /memory limit exceeded/);
  });

  it('measured-growth-slower: measured growth against expected with the factors', () => {
    const s = clean().scaling([{ size: 10, timeMs: 1 }, { size: 40, timeMs: 16 }], 'quadratic');
    assert.equal(
      only(s, 'measured-growth-slower').sentence,
      'Measured growth of your final solution is about quadratic (×16.0 time for ×4.0 size); the problem expects O(n).',
    );
    silent(clean().scaling([{ size: 10, timeMs: 1 }, { size: 40, timeMs: 4 }], 'linear'), 'measured-growth-slower');
  });

  it('measured-growth-slower: judged against the reference measured on the same inputs', () => {
    // Garbage collection makes a linear hash map fit "n log n" in absolute terms; the reference grows alike.
    const alike = [
      { size: 1000, timeMs: 6.7, referenceMs: 6.3 },
      { size: 8000, timeMs: 114.6, referenceMs: 71 },
    ];
    silent(clean().scaling(alike, 'n log n'), 'measured-growth-slower');
    const quadratic = [
      { size: 1000, timeMs: 10, referenceMs: 2 },
      { size: 2000, timeMs: 40, referenceMs: 4 },
      { size: 4000, timeMs: 160, referenceMs: 8.2 },
    ];
    assert.equal(
      only(clean().scaling(quadratic, 'quadratic'), 'measured-growth-slower').sentence,
      'Measured growth of your final solution is about quadratic (×16.0 time for ×4.0 size; the reference solution ×4.1); the problem expects O(n).',
    );
    // One doubling apart, with the reference's first run caught by a collection: inside the doubled margin.
    silent(clean().scaling([{ size: 4992, timeMs: 2.56, referenceMs: 7.28 }, { size: 9984, timeMs: 4.53, referenceMs: 8.63 }], 'n log n'), 'measured-growth-slower');
    // Measurable over one doubling beside a reference too quick to time: neither fit is firm enough to blame the solution.
    const tooQuick = [
      { size: 4992, timeMs: 1.3, referenceMs: 0.3 },
      { size: 9984, timeMs: 2.6, referenceMs: 0.4 },
    ];
    silent(clean().scaling(tooQuick, 'n log n'), 'measured-growth-slower');
    const measured = sessionFacts(clean().scaling(tooQuick, 'n log n').events(), meta).complexity.measured;
    assert.ok(measured !== null);
    assert.match(measuredSentence(measured), /^Measured growth of your final solution: too quick to tell at the sizes measured \(×2\.0 time for ×2\.0 size; the reference solution ×1\.3\); against your plan .*, against the expected not comparable\.$/);
    const timedOut = [
      { size: 12_500, timeMs: 60, referenceMs: 2.5 },
      { size: 25_000, timeMs: 3000, referenceMs: 4.4, timedOut: true },
    ];
    assert.equal(
      only(clean().scaling(timedOut, 'quadratic'), 'measured-growth-slower').sentence,
      'Your final solution ran out of time on a generated input of size 25,000 that the reference solution finished in 4 ms; the problem expects O(n).',
    );
  });

  it('submitted-without-running: a first submit with no run before it', () => {
    const s = script().at('01:00').to('plan').at('02:00').plan('dp').at('03:00').to('code').at('07:45').submit(test('small: n = 3'));
    assert.equal(only(s, 'submitted-without-running').sentence, 'You submitted at 07:45 without a single run before it.');
    silent(clean(), 'submitted-without-running');
  });

  it('no-own-test-before-submit: ran only the examples before submitting', () => {
    const s = script().at('01:00').to('plan').at('02:00').plan('dp').at('03:00').to('code')
      .at('05:00').run(test('small: n = 2', 'accepted', 'visible'))
      .at('06:00').submit(test('small: n = 3'));
    assert.equal(only(s, 'no-own-test-before-submit').sentence, 'You never ran your own test before submitting.');
    silent(clean(), 'no-own-test-before-submit');
  });

  it('mutants-missed: each missed planted bug with the input that exposes it', () => {
    const s = clean().mutants(['fibonacci-base', 'one-step-short', 'three-step-moves'], ['no-single-stair']);
    assert.equal(
      only(s, 'mutants-missed').sentence,
      'Your 1 test caught 3 of 4 planted bugs. Missed: seeds the loop at two stairs and returns 2 when n = 1 (none of your tests had single element input).',
    );
    silent(clean().mutants(['a', 'b'], []), 'mutants-missed');
  });

  it('mutants-missed: with no test of their own, says so and names the input each bug needs, not "your tests"', () => {
    const s = script().at('00:30').ask('How large can n get?', 'input-size', 'n is between 1 and 45.')
      .at('01:00').to('plan').at('02:00').plan('dp', 'O(n)', 'O(1)').at('03:00').to('code')
      .at('05:00').run(test('small: n = 2', 'accepted', 'visible'))
      .at('06:00').submit(test('small: n = 3'))
      .at('06:00').end('accepted')
      .mutants([], ['no-single-stair', 'one-step-short']);
    const sentence = only(s, 'mutants-missed').sentence;
    assert.match(sentence, /^You wrote no tests of your own, so none of the 2 planted bugs met one\. Tests that would catch them: seeds the loop at two stairs and returns 2 when n = 1 \(a test with single element input catches it\); /);
    assert.doesNotMatch(sentence, /your tests|Your tests/);
  });

  it('input-kind-failed-repeatedly: the kind that failed in most attempts', () => {
    const s = cleanUntilSubmit()
      .at('14:00').submit(test('single element: n = 1', 'runtime_error'), test('small: n = 3'))
      .at('14:30').submit(test('single element: n = 1', 'wrong_answer'), test('small: n = 3'))
      .at('16:00').submit(test('single element: n = 1'), test('small: n = 3'));
    assert.equal(
      only(s, 'input-kind-failed-repeatedly').sentence,
      'Hidden tests of single element input failed in 2 runs or submits while other tests passed, first at 14:00 (runtime error, wrong answer).',
    );
    silent(clean(), 'input-kind-failed-repeatedly');
    // Failing alone, or with everything else, says nothing about the kind of input.
    const alone = cleanUntilSubmit()
      .at('14:00').submit(test('single element: n = 1', 'runtime_error'))
      .at('14:30').submit(test('single element: n = 1', 'time_limit_exceeded'), test('small: n = 3', 'time_limit_exceeded'))
      .at('16:00').submit(test('single element: n = 1'), test('small: n = 3'));
    silent(alone, 'input-kind-failed-repeatedly');
  });

  it('solution-failed-every-test: repeated or final failures of the whole solution, named as such', () => {
    const s = script().at('01:00').to('plan').at('02:00').to('code')
      .at('05:00').run(test('a', 'compile_error', 'visible'), test('b', 'compile_error', 'visible'))
      .at('07:00').run(test('a', 'time_limit_exceeded', 'visible'), test('b', 'time_limit_exceeded', 'visible'))
      .at('09:00').giveUp().end('gave_up');
    assert.equal(
      only(s, 'solution-failed-every-test').sentence,
      'No test passed in 2 of 2 runs and submits (compile error in the run at 05:00; time limit exceeded in the run at 07:00): the whole solution failed there, not one kind of input.',
    );
    // One compile error fixed at once stays in the timeline only.
    const fixed = cleanUntilSubmit().at('13:40').run(test('a', 'compile_error', 'visible')).at('14:00').run(test('a', 'accepted', 'visible'));
    silent(fixed.at('15:00').submit(test('small: n = 3')).end('accepted'), 'solution-failed-every-test');
  });

  it('silent-coding: the longest stretch with no note, run or question', () => {
    const s = script().at('01:00').to('plan').at('02:00').plan('dp').at('06:10').to('code').at('20:15').note('loop done');
    assert.equal(only(s, 'silent-coding').sentence, '14 minutes of coding with no note, run or question between 06:10 and 20:15.');
    silent(clean(), 'silent-coding');
  });

  it('phase-over-budget: each phase past its budget with both times', () => {
    const s = script().at('05:00').to('plan').at('06:00').plan('dp').at('07:00').to('code').at('08:00').note('x');
    assert.equal(only(s, 'phase-over-budget').sentence, 'Clarify took 05:00 against a 03:00 budget.');
    silent(clean(), 'phase-over-budget');
  });

  it('hints-revealed: how many and when', () => {
    const s = cleanUntilSubmit().at('10:00').hint(0).at('11:30').hint(1).at('15:00').submit(test('small: n = 3'));
    assert.equal(only(s, 'hints-revealed').sentence, 'You revealed 2 hints, at 10:00 and 11:30.');
    silent(clean(), 'hints-revealed');
  });

  it('gave-up: when, and the best attempt until then', () => {
    const s = cleanUntilSubmit().at('14:00').run(test('a', 'wrong_answer', 'visible'), test('b', 'accepted', 'visible')).at('20:00').giveUp().end('gave_up');
    assert.equal(only(s, 'gave-up').sentence, 'You gave up at 20:00 in the test phase; your best run (at 09:00) passed 1 of 1 tests.');
    const looped = script().at('01:00').to('plan').at('02:00').to('code')
      .at('05:00').run(test('a', 'time_limit_exceeded', 'visible'), test('b', 'time_limit_exceeded', 'visible'))
      .at('09:00').giveUp().end('gave_up');
    assert.equal(only(looped, 'gave-up').sentence, 'You gave up at 09:00 in the code phase; no run or submit passed a test (time limit exceeded at best).');
    silent(clean(), 'gave-up');
  });

  it('time-expired: when the clock ran out', () => {
    const s = cleanUntilSubmit().at('15:00').submit(test('small: n = 3', 'wrong_answer')).at('25:00').expire().end('expired');
    assert.equal(only(s, 'time-expired').sentence, 'Time ran out at 25:00 before an accepted submit.');
    silent(clean(), 'time-expired');
  });

  it('went-back-to-fix: back to code after a failing run, then accepted', () => {
    const s = cleanUntilSubmit()
      .at('14:00').run(test('mine: n = 3', 'wrong_answer', 'custom'))
      .at('14:20').to('code')
      .at('16:00').submit(test('small: n = 3'))
      .end('accepted');
    assert.equal(
      only(s, 'went-back-to-fix').sentence,
      'You went back from test to code at 14:20 after a failing run (wrong answer) and then got accepted at 16:00 — keep doing that.',
    );
    silent(clean(), 'went-back-to-fix');
  });

  it('own-tests-before-first-submit: how often and from when', () => {
    assert.equal(only(clean(), 'own-tests-before-first-submit').sentence, 'You ran your own tests once before the first submit (first at 13:30).');
    silent(script().at('03:00').to('plan').at('04:00').to('code').at('05:00').submit(test('x')), 'own-tests-before-first-submit');
  });

  it('every finding cites its rule and carries evidence times inside the session', () => {
    const s = script().at('06:10').to('code').at('20:15').submit(test('worst case: n = 45', 'time_limit_exceeded')).at('21:00').hint(0);
    for (const f of run(s)) {
      assert.ok(RULE_IDS.includes(f.ruleId));
      assert.ok(f.sentence.length > 10);
      for (const t of f.evidence) assert.ok(t >= 0 && t <= 21 * 60_000);
    }
  });

  after(() => {
    assert.deepEqual([...RULE_IDS].filter((id) => !tested.has(id)), [], 'every rule has its own test');
  });
});
