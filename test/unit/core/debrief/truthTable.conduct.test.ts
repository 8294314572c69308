/**
 * Truth table, part 2: how the candidate went about it — time away, pauses, hints, questions, the
 * plan, testing habits. Each row states what happened and what the debrief and History must and
 * must not say about it, written from the script rather than from the debrief's output.
 * Budgets: clarify 3:00, plan 5:00, code 12:00, test 5:00; 25:00 overall.
 */
import { strict as assert } from 'node:assert';
import type { SessionEvent } from '../../../../src/core/events';
import { InterviewSession } from '../../../../src/core/session';
import type { LogBuilder } from '../../../builders/sessionLog';
import { COMPLETE_PLAN, judgeReport, reportWithCustom, startLiveSession } from '../../../builders/session';
import { MIN, SEC, truthTable } from './truthTableHarness';
import type { TruthCase, TwoSumTests } from './truthTableHarness';

const PLAN = { approach: 'one pass with a map from value to index', timeComplexity: 'O(n)', spaceComplexity: 'O(n)' };

/** Clarify (one key question), plan, code until the first green run: 8:00 in, in the code phase. */
function toGreenRun(log: LogBuilder, t: TwoSumTests): LogBuilder {
  return log
    .after(1 * MIN).question('Can values repeat?', 'duplicates', 'Yes.')
    .toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code')
    .after(5 * MIN).run(t.examples('accepted'));
}

/** From a green run: the test phase, one own test, accepted (3:00 more). */
function finish(log: LogBuilder, t: TwoSumTests): LogBuilder {
  return log.toPhase('test').after(1 * MIN).customTest('own-pair', '[[1,2],3]', '[0,1]')
    .after(1 * MIN).run([...t.examples('accepted'), t.own('pair')])
    .after(1 * MIN).submit(t.submit());
}

/** What the engine writes when the window reloads: a closing pause, the time away on reopening, the resume. */
function reload(log: LogBuilder, wallMs: number): LogBuilder {
  return log.add({ type: 'paused', reason: 'closed' }).breakOf(wallMs).resume();
}

/** A session played through the real engine and store, with the window reloaded once at 7:00 for 25 seconds. */
function reloadedThroughTheEngine(): SessionEvent[] {
  const live = startLiveSession('practice');
  const { session, clock, store } = live;
  try {
    clock.advance(40 * SEC); session.askQuestion('Can values repeat?', 'duplicates', 'Yes.');
    clock.advance(20 * SEC); session.advance();
    clock.advance(1 * MIN); session.updatePlan(COMPLETE_PLAN);
    clock.advance(1 * MIN); session.advance();
    clock.advance(3 * MIN); session.recordRun(judgeReport(['accepted', 'accepted', 'accepted']));
    clock.advance(1 * MIN); session.close();
    clock.suspend(25 * SEC).restartProcess();
    const reopened = InterviewSession.resume(session.id, { store, clock });
    clock.advance(2 * MIN); reopened.advance();
    reopened.saveCustomTest('own-1', '[[1,2],3]', '[0,1]');
    clock.advance(1 * MIN); reopened.recordRun(reportWithCustom());
    clock.advance(1 * MIN); assert.ok(reopened.submit(judgeReport(['accepted', 'accepted', 'accepted'], 'hidden')).ok);
    reopened.close();
    const read = store.read(session.id);
    if (!read.ok) throw new Error(read.corrupt.reason);
    return read.log.events;
  } finally {
    live.dispose();
  }
}

const CASES: TruthCase[] = [
  {
    name: 'the window reloaded once (through the real engine): one time away, no pause',
    events: reloadedThroughTheEngine,
    debriefMust: ['Away for 25 seconds (editor closed, reloaded or asleep; not counted).', 'away once (00:25 in all; editor closed, reloaded or asleep)', 'Accepted on the 1st submit'],
    debriefMustNot: [/paus/i, /break/i, 'away twice'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: [/paus/i],
  },
  {
    name: 'the window reloaded twice in code: two times away, still no pause',
    play: (log, t) => finish(reload(reload(toGreenRun(log, t), 30 * SEC).after(1 * MIN), 2 * MIN), t),
    scores: { time_management: 4 },
    debriefMust: ['away twice (02:30 in all; editor closed, reloaded or asleep)', 'Away for 30 seconds (editor closed, reloaded or asleep; not counted).', 'Away for 2 minutes (editor closed, reloaded or asleep; not counted).'],
    debriefMustNot: [/paus/i, /break/i, /Away for .* Away for .* Away for/s],
    historyMust: ['Session Two Sum: accepted, 12:00'],
    historyMustNot: [/paus/i],
  },
  {
    name: 'the user paused once for 4:10',
    play: (log, t) => finish(toGreenRun(log, t).pause().wallGap(4 * MIN + 10 * SEC).resume(), t),
    debriefMust: ['1 pause (04:10)', 'Paused for 4 minutes (not counted).', 'Paused at 08:00 for 04:10 (not counted).'],
    debriefMustNot: [/away/i, '2 pauses'],
    historyMust: ['Session Two Sum: accepted, 11:00'],
    historyMustNot: ['Gave up'],
  },
  {
    name: 'the user paused, the window reloaded while paused, then the user resumed: one pause',
    play: (log, t) => finish(toGreenRun(log, t).pause().wallGap(1 * MIN).breakOf(5 * MIN).wallGap(1 * MIN).resume(), t),
    debriefMust: ['1 pause (07:00)', 'Paused for 7 minutes (not counted).'],
    debriefMustNot: [/away/i, '2 pauses'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: [/away/i],
  },
  {
    name: 'the machine slept for 20 minutes during code',
    play: (log, t) => finish(toGreenRun(log, t).breakOf(20 * MIN), t),
    debriefMust: ['away once (20:00 in all; editor closed, reloaded or asleep)', 'Away for 20 minutes (editor closed, reloaded or asleep; not counted).', '11:00 active'],
    debriefMustNot: [/paus/i],
    historyMust: ['Session Two Sum: accepted, 11:00'],
    historyMustNot: [/paus/i],
  },
  {
    name: 'two hints revealed, then accepted',
    play: (log, t) => finish(
      log.after(1 * MIN).question('Can values repeat?', 'duplicates', 'Yes.').toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code')
        .after(2 * MIN).hint(0).after(1 * MIN).hint(1).after(2 * MIN).run(t.examples('accepted')),
      t,
    ),
    scores: { problem_solving: 2 },
    debriefMust: ['You revealed 2 hints, at 05:00 and 06:00.', 'Revealed hint 1.', 'Revealed hint 2.', 'accepted on submit 1; 2 hints'],
    debriefMustNot: ['Clean session', '3 hints'],
    historyMust: ['Needed hints in 2 of the last 2 sessions', 'accepted with effort: 2 hints'],
    historyMustNot: ['Gave up'],
  },
  {
    name: 'no questions: said so and stated an assumption instead',
    play: (log, t) => finish(
      log.after(30 * SEC).noQuestions().after(20 * SEC).assume('Exactly one pair exists').after(10 * SEC)
        .toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code').after(5 * MIN).run(t.examples('accepted')),
      t,
    ),
    scores: { communication: 1 },
    debriefMust: ['Said there were no questions.', 'Assumed "Exactly one pair exists".', '0 of 3 key questions asked', 'You asked 0 of 3 key questions; never asked:'],
    debriefMustNot: [/Asked "/, '1 of 3 key questions'],
    historyMust: ['Skipped key clarifying questions in 2 of the last 2 sessions'],
    historyMustNot: ['Needed hints'],
  },
  {
    name: 'every key question asked, with notes while coding',
    play: (log, t) => finish(
      log.after(20 * SEC).question('Is there always exactly one answer?', 'exactly-one-answer', 'Exactly one.')
        .after(20 * SEC).question('Can I use one element twice?', 'same-element-twice', 'No.')
        .after(20 * SEC).question('Are there duplicates?', 'duplicates', 'Yes.')
        .toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code')
        .after(2 * MIN).note('storing value to index as I go').after(2 * MIN).note('look up before storing')
        .after(1 * MIN).run(t.examples('accepted')),
      t,
    ),
    scores: { communication: 4 },
    debriefMust: ['3 of 3 key questions asked; 2 notes', 'Note: "look up before storing"'],
    debriefMustNot: ['never asked', 'Clarify before planning'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['Skipped key clarifying questions'],
  },
  {
    // The interviewer was unsure, asked back with two choices, and the candidate picked one.
    name: 'a question asked back by the interviewer and confirmed by the candidate',
    play: (log, t) => {
      const asked = log.after(30 * SEC).question('Can values repeat?', 'duplicates', 'Yes.').after(30 * SEC);
      const seq = asked.nextSeq;
      return finish(
        asked
          .add({ type: 'question_asked', text: 'what comes back first?', clarificationId: null, answer: 'Do you mean: (1) … (2) …?', reply: 'ask_back', choices: ['output-order', 'exactly-one-answer'] })
          .after(5 * SEC).add({ type: 'clarification_chosen', questionSeq: seq, clarificationId: 'output-order', answer: 'Either order is accepted.' })
          .toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code').after(5 * MIN).run(t.examples('accepted')),
        t,
      );
    },
    debriefMust: ['✔ In what order should the two indices come back? (optional) (01:00)', 'Answered the ask-back: meant "In what order should the two indices come back?"'],
    debriefMustNot: ['· In what order should the two indices come back? (optional)', 'Answered the ask-back with a choice'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['Gave up'],
  },
  {
    // Said back to the interviewer as a statement, and confirmed in its answer.
    name: 'a clarification said back to the interviewer and confirmed',
    play: (log, t) => finish(
      log.after(30 * SEC).question('Can values repeat?', 'duplicates', 'Yes.')
        .after(30 * SEC).question('So I return the two indices in either order, right?', 'output-order', 'Right: either order is accepted.')
        .toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code').after(5 * MIN).run(t.examples('accepted')),
      t,
    ),
    debriefMust: ['Asked "So I return the two indices in either order, right?" — *Right: either order is accepted.*', '✔ In what order should the two indices come back? (optional) (01:00)'],
    debriefMustNot: ['· In what order should the two indices come back? (optional)', '? So I return'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['Gave up'],
  },
  {
    name: 'the plan autosaved seven times while typed: one entry with the final text',
    play: (log, t) => {
      const typed = ['one', 'one pass', 'one pass with', 'one pass with a', 'one pass with a map', 'one pass with a map from value', PLAN.approach];
      let l = log.after(1 * MIN).question('Can values repeat?', 'duplicates', 'Yes.').toPhase('plan').after(40 * SEC);
      for (const approach of typed) l = l.after(15 * SEC).plan({ ...PLAN, approach });
      return finish(l.after(30 * SEC).toPhase('code').after(5 * MIN).run(t.examples('accepted')), t);
    },
    debriefMust: ['Plan edited from 01:55 to 03:25: "one pass with a map from value to index"'],
    debriefMustNot: [/"one pass with a map"/, /"one pass"/, /Plan edited[\s\S]*Plan edited/],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['without a written plan'],
  },
  {
    name: 'fourteen silent minutes of coding before the first run',
    play: (log, t) => finish(
      log.after(1 * MIN).question('Can values repeat?', 'duplicates', 'Yes.').toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code')
        .after(14 * MIN).run(t.examples('accepted')),
      t,
    ),
    scores: { communication: 1 },
    debriefMust: ['14 minutes of coding with no note, run or question between 03:00 and 17:00', 'Code took 14:00 against a 12:00 budget.'],
    debriefMustNot: ['Clean session'],
    historyMust: ['Coded in long silent stretches in 2 of the last 2 sessions', 'Ran a phase over budget in 2 of the last 2 sessions'],
    historyMustNot: ['Needed hints'],
  },
  {
    name: 'clarify ran five minutes against its three',
    play: (log, t) => finish(
      log.after(5 * MIN).question('Can values repeat?', 'duplicates', 'Yes.').toPhase('plan').after(2 * MIN).plan(PLAN).toPhase('code')
        .after(5 * MIN).run(t.examples('accepted')),
      t,
    ),
    scores: { time_management: 3 },
    debriefMust: ['Clarify took 05:00 against a 03:00 budget.', 'clarify over budget; 15:00 of 25:00 used'],
    debriefMustNot: ['every phase within budget'],
    historyMust: ['Ran a phase over budget in 2 of the last 2 sessions'],
    historyMustNot: ['Ran out of time'],
  },
  {
    name: 'own tests run twice before submitting',
    play: (log, t) => toGreenRun(log, t).toPhase('test')
      .after(1 * MIN).customTest('own-zeros', '[[0,4,3,0],0]', '[0,3]').after(20 * SEC).run([...t.examples('accepted'), t.own('zeros')])
      .after(1 * MIN).customTest('own-neg', '[[-1,-2],-3]', '[0,1]').after(20 * SEC).run([...t.examples('accepted'), t.own('zeros'), t.own('neg')])
      .after(1 * MIN).submit(t.submit()),
    scores: { testing: 3 },
    debriefMust: ['You ran your own tests twice before the first submit (first at 09:20).', '2 runs with your own tests before the first submit at 11:40'],
    debriefMustNot: ['You never ran your own test'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['Submitted without running an own test'],
  },
  {
    name: 'planted bugs measured after the submit: 3 of 5 caught',
    play: (log, t) => finish(toGreenRun(log, t), t)
      .mutants(['stores-before-lookup.js', 'truthy-index-check.js', 'skips-last-element.js'], ['sorted-indices.js', 'skips-negative-complement.js']),
    scores: { testing: 3 },
    debriefMust: ['caught 3 of 5 planted bugs', 'sorts the values and returns positions in the sorted copy instead of the original indices', 'only looks for complements that are zero or positive'],
    debriefMustNot: ['caught 5 of 5'],
    historyMust: ['Let planted bugs through your tests in 2 of the last 2 sessions'],
    historyMustNot: ['Gave up'],
  },
  {
    name: 'went back from test to code after an own test failed, then accepted',
    play: (log, t) => toGreenRun(log, t).toPhase('test')
      .after(1 * MIN).customTest('own-zeros', '[[0,4,3,0],0]', '[0,3]').after(20 * SEC).run([...t.examples('accepted'), t.own('zeros', 'wrong_answer')])
      .after(20 * SEC).toPhase('code').after(2 * MIN).run([...t.examples('accepted'), t.own('zeros')])
      .toPhase('test').after(30 * SEC).submit(t.submit()),
    debriefMust: ['Went back from test to code at 09:40', 'You went back from test to code at 09:40 after a failing run (wrong answer) and then got accepted at 12:10'],
    debriefMustNot: ['zeros input', 'No test passed'],
    historyMust: ['Session Two Sum: accepted'],
    historyMustNot: ['zeros input'],
  },
  {
    name: 'coded before asking about duplicates, and the duplicate inputs then failed',
    play: (log, t) => log
      .after(30 * SEC).question('Is there always exactly one answer?', 'exactly-one-answer', 'Yes.')
      .toPhase('plan').after(1 * MIN).plan(PLAN).after(30 * SEC).toPhase('code')
      .after(4 * MIN).run(t.examples('accepted')).toPhase('test').after(1 * MIN).run([...t.examples('accepted'), t.own('pair')])
      .after(1 * MIN).submit(t.submit((label) => (label.startsWith('duplicates') ? 'wrong_answer' : 'accepted'))),
    debriefMust: ['Coding started at 02:00, before any question about duplicates; the hidden tests labelled duplicates then failed once.', 'duplicates input (1 run or submit, wrong answer)'],
    debriefMustNot: ['No test passed', 'Accepted on'],
    historyMust: ['Hidden tests of duplicates input failed while other tests passed in 2 of the last 2 sessions', 'Started coding before a key question, then failed those tests in 2 of the last 2 sessions'],
    historyMustNot: ['Had runs where no test passed'],
  },
  {
    name: 'coded before asking about duplicates, but the submit was a compile error: no input to blame',
    play: (log, t) => log
      .after(30 * SEC).question('Is there always exactly one answer?', 'exactly-one-answer', 'Yes.')
      .toPhase('plan').after(1 * MIN).plan(PLAN).after(30 * SEC).toPhase('code')
      .after(4 * MIN).run(t.examples('accepted')).after(1 * MIN).submit(t.submitAll('compile_error'), ['test.custom_test_run']),
    debriefMust: ['compile error in the submit at 07:00'],
    debriefMustNot: ['before any question about duplicates', 'duplicates input', 'Failed while other tests passed'],
    historyMust: ['Session Two Sum: not accepted'],
    historyMustNot: ['Hidden tests of duplicates input', 'Started coding before a key question'],
  },
];

truthTable('truth table: how the candidate went about it', CASES);
