import { strict as assert } from 'node:assert';
import { clarificationReport } from '../../../../src/core/debrief/clarifications';
import { readSessionLog } from '../../../../src/core/debrief/sessionLog';
import { parseEventLine, serializeEvent } from '../../../../src/core/eventLog';
import { criteriaFor } from '../../../../src/core/criteria';
import { SMALL_TALK_REPLY } from '../../../../src/core/interviewer/interviewer';
import { replay } from '../../../../src/core/state';
import { summarizeSession } from '../../../../src/core/summary';
import { parseWebviewMessage } from '../../../../src/webview/protocol';
import { buildView } from '../../../../src/ui/interview/view';
import { WebviewMessageHandler } from '../../../../src/ui/interview/messageHandler';
import type { InterviewEffects } from '../../../../src/ui/interview/messageHandler';
import { LogBuilder } from '../../../builders/sessionLog';
import { bundled, openRoom } from '../../ui/roomFixture';

const AMBIGUOUS = 'What if two numbers appear the same number of times?';

const noEffects: InterviewEffects = {
  ready: () => undefined,
  shown: () => undefined,
  run: () => Promise.resolve(),
  submit: () => Promise.resolve(),
  debugTest: () => Promise.resolve(),
  openSolution: () => Promise.resolve(),
  nextPhase: () => Promise.resolve(),
  giveUp: () => Promise.resolve(),
  openDebrief: () => Promise.resolve(),
  notify: () => undefined,
};

describe('ask-back: the candidate confirms what they meant', () => {
  it('logs the ask-back and the choice, and the view offers the choices until one is made', async () => {
    const fixture = await openRoom('top-k-frequent-elements');
    const warnings: string[] = [];
    const handler = new WebviewMessageHandler(() => fixture.room, noEffects, { warn: (m) => warnings.push(m) });
    try {
      assert.equal(await handler.handle({ kind: 'askQuestion', text: AMBIGUOUS }), 'handled');
      const asked = fixture.room.session.state.questions[0];
      assert.equal(asked?.reply, 'ask_back');
      assert.deepEqual(asked.choices.slice(0, 1), ['ties']);
      const offered = buildView(fixture.room, '', false).questions[0];
      assert.deepEqual(offered?.choices.map((c) => c.id), asked.choices);
      assert.match(offered.askedBack ?? '', /^Do you mean: \(1\) What if several values tie/);

      assert.equal(await handler.handle({ kind: 'chooseClarification', questionSeq: asked.seq, clarificationId: 'ties' }), 'handled');
      const settled = fixture.room.session.state.questions[0];
      assert.equal(settled?.clarificationId, 'ties');
      assert.match(settled.answer, /uniquely determined/);
      assert.deepEqual(buildView(fixture.room, '', false).questions[0]?.choices, []);

      // Settled once: a second pick, or a pick that was not offered, is refused and changes nothing.
      assert.equal(await handler.handle({ kind: 'chooseClarification', questionSeq: asked.seq, clarificationId: 'k-range' }), 'refused');
      assert.equal(fixture.room.session.state.questions[0]?.clarificationId, 'ties');
      assert.equal(warnings.length, 1);
    } finally {
      fixture.close();
    }
  });

  it('takes "Neither" as the neutral answer, and refuses a clarification that was not offered', async () => {
    const fixture = await openRoom('top-k-frequent-elements');
    try {
      fixture.room.askQuestion(AMBIGUOUS);
      const seq = fixture.room.session.state.questions[0]?.seq ?? -1;
      assert.equal(fixture.room.chooseClarification(seq, 'input-size').ok, false);
      assert.equal(fixture.room.chooseClarification(seq + 100, null).ok, false);
      assert.deepEqual(fixture.room.chooseClarification(seq, null), { ok: true });
      const q = fixture.room.session.state.questions[0];
      assert.equal(q?.clarificationId, null);
      assert.equal(q.chosen, true);
    } finally {
      fixture.close();
    }
  });

  it('does not count small talk as a question for the exit criteria', async () => {
    const fixture = await openRoom('two-sum');
    try {
      fixture.room.askQuestion('What is the weather like over there?');
      const state = fixture.room.session.state;
      assert.equal(state.questions[0]?.reply, 'small_talk');
      assert.equal(state.questions[0].answer, SMALL_TALK_REPLY);
      assert.equal(criteriaFor(state, 'clarify')[0]?.met, false);
    } finally {
      fixture.close();
    }
  });
});

describe('ask-back events in the log', () => {
  const log = new LogBuilder({ problemId: 'top-k-frequent-elements' })
    .after(10_000)
    .add({ type: 'question_asked', text: AMBIGUOUS, clarificationId: null, answer: 'Do you mean: (1) … (2) …?', reply: 'ask_back', choices: ['ties', 'k-range'] })
    .after(5_000)
    .add({ type: 'clarification_chosen', questionSeq: 1, clarificationId: 'ties', answer: 'That never happens.' })
    .after(5_000)
    .add({ type: 'question_asked', text: 'Nice weather today', clarificationId: null, answer: SMALL_TALK_REPLY, reply: 'small_talk' })
    .build();

  it('round-trips through the log format and replays into the settled question', () => {
    const read = log.map((e) => parseEventLine(serializeEvent(e)));
    assert.ok(read.every((r) => r.ok));
    const state = replay(log);
    assert.deepEqual(
      state.questions.map((q) => [q.reply, q.clarificationId, q.chosen]),
      [['ask_back', 'ties', true], ['small_talk', null, false]],
    );
    assert.equal(state.questions[0]?.askedBack, 'Do you mean: (1) … (2) …?');
    assert.equal(summarizeSession(log).counts.questions, 1, 'small talk is not counted');
  });

  it('refuses a damaged reply kind or choice list, with the field named', () => {
    const reasonFor = (event: unknown, change: Record<string, unknown>): string => {
      const parsed = parseEventLine(JSON.stringify({ ...(event as object), ...change }));
      return 'reason' in parsed ? parsed.reason : '(accepted)';
    };
    assert.match(reasonFor(log[1], { reply: 'shrug' }), /"reply"/);
    assert.match(reasonFor(log[1], { choices: [1] }), /"choices"/);
    assert.match(reasonFor(log[2], { questionSeq: 'one' }), /questionSeq/);
  });

  it('counts a confirmed clarification as asked in the debrief, at the question, in the candidate\'s words; small talk is not unmatched', async () => {
    const meta = (await bundled('top-k-frequent-elements')).meta;
    const report = clarificationReport(readSessionLog(log), meta);
    const ties = report.outcomes.find((o) => o.id === 'ties');
    assert.equal(ties?.askedAt, 10_000);
    assert.equal(ties.askedAs, AMBIGUOUS);
    assert.equal(report.keyAsked, 1);
    assert.deepEqual(report.unmatched, []);
  });
});

describe('ask-back message', () => {
  it('accepts a choice or "Neither" and names what is wrong with a damaged one', () => {
    for (const message of [{ kind: 'chooseClarification', questionSeq: 3, clarificationId: 'ties' }, { kind: 'chooseClarification', questionSeq: 0, clarificationId: null }]) {
      assert.deepEqual(parseWebviewMessage(message), { ok: true, value: message });
    }
    const cases: [unknown, RegExp][] = [
      [{ kind: 'chooseClarification', clarificationId: 'ties' }, /questionSeq: missing/],
      [{ kind: 'chooseClarification', questionSeq: -1, clarificationId: 'ties' }, /questionSeq/],
      [{ kind: 'chooseClarification', questionSeq: 1.5, clarificationId: 'ties' }, /questionSeq/],
      [{ kind: 'chooseClarification', questionSeq: 1, clarificationId: 7 }, /clarificationId/],
      [{ kind: 'chooseClarification', questionSeq: 1, clarificationId: 'x'.repeat(101) }, /clarificationId/],
    ];
    for (const [message, reason] of cases) {
      const parsed = parseWebviewMessage(message);
      assert.match('reason' in parsed ? parsed.reason : '(accepted)', reason, JSON.stringify(message));
    }
  });
});
