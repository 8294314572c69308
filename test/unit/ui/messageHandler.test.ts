import { strict as assert } from 'node:assert';
import type { InterviewEffects } from '../../../src/ui/interview/messageHandler';
import { WebviewMessageHandler } from '../../../src/ui/interview/messageHandler';
import type { InterviewRoom } from '../../../src/ui/interview/room';
import { openRoom } from './roomFixture';
import type { RoomFixture } from './roomFixture';

/** The editor's side, done as the extension does it minus the editor, with a record of what was asked. */
function effects(calls: string[]): InterviewEffects {
  const record = (name: string) => (room: InterviewRoom): Promise<void> => {
    calls.push(name);
    if (name === 'nextPhase') room.session.advance({ override: true });
    return Promise.resolve();
  };
  return {
    ready: () => { calls.push('ready'); },
    shown: () => { calls.push('shown'); },
    run: record('run'),
    submit: record('submit'),
    debugTest: record('debugTest'),
    openSolution: record('openSolution'),
    nextPhase: record('nextPhase'),
    giveUp: record('giveUp'),
    openDebrief: record('openDebrief'),
    notify: (_level, text) => { calls.push(`notify:${text}`); },
  };
}

describe('webview message handler', () => {
  let fixture: RoomFixture;
  let calls: string[];
  let logs: string[];
  let handler: WebviewMessageHandler;
  let room: InterviewRoom | undefined;

  beforeEach(async () => {
    fixture = await openRoom();
    room = fixture.room;
    calls = [];
    logs = [];
    handler = new WebviewMessageHandler(() => room, effects(calls), { warn: (m) => { logs.push(m); } });
  });
  afterEach(() => { fixture.close(); });

  it('records a question with the bank answer and a note, in the session log', async () => {
    assert.equal(await handler.handle({ kind: 'askQuestion', text: 'Can values repeat?' }), 'handled');
    assert.equal(await handler.handle({ kind: 'addNote', text: 'thinking about a hash map' }), 'handled');
    const state = fixture.room.session.state;
    assert.equal(state.questions.length, 1);
    assert.notEqual(state.questions[0]?.clarificationId, null);
    assert.deepEqual(state.notes, ['thinking about a hash map']);
    assert.deepEqual(fixture.room.notes.map((n) => n.phase), ['clarify']);
    assert.deepEqual(logs, []);
  });

  it('refuses Submit and Run during Clarify, logging each once, without touching the session', async () => {
    const seq = fixture.room.session.state.lastSeq;
    assert.equal(await handler.handle({ kind: 'submit' }), 'refused');
    assert.equal(await handler.handle({ kind: 'run' }), 'refused');
    assert.equal(fixture.room.session.state.lastSeq, seq);
    assert.deepEqual(calls, []);
    assert.equal(logs.length, 2);
    assert.match(logs[0] ?? '', /"submit" during the clarify phase/);
  });

  it('refuses everything but the ready and shown handshake when no interview is open', async () => {
    room = undefined;
    assert.equal(await handler.handle({ kind: 'run' }), 'refused');
    assert.equal(await handler.handle({ kind: 'ready' }), 'handled');
    assert.equal(await handler.handle({ kind: 'shown' }), 'handled');
    assert.deepEqual(calls, ['ready', 'shown']);
    assert.match(logs[0] ?? '', /no interview is open/);
  });

  it('logs a malformed message once and ignores it', async () => {
    assert.equal(await handler.handle({ kind: 'askQuestion', text: 42 }), 'invalid');
    assert.equal(await handler.handle('submit'), 'invalid');
    assert.equal(fixture.room.session.state.questions.length, 0);
    assert.equal(logs.length, 2);
    assert.match(logs[0] ?? '', /"askQuestion".*text: expected string/);
  });

  it('passes Run to the editor in the code phase, one at a time', async () => {
    await handler.handle({ kind: 'nextPhase' });
    await handler.handle({ kind: 'nextPhase' });
    assert.equal(fixture.room.session.state.phase, 'code');
    assert.equal(await handler.handle({ kind: 'run' }), 'handled');
    fixture.room.setBusy('run');
    assert.equal(await handler.handle({ kind: 'submit' }), 'refused');
    assert.deepEqual(calls.filter((c) => c === 'run' || c === 'submit'), ['run']);
  });

  it('tells the candidate why the session refused a well-timed action', async () => {
    assert.equal(await handler.handle({ kind: 'removeAssumption', id: 'nope' }), 'refused');
    assert.ok(calls.some((c) => c.startsWith('notify:No assumption')));
    assert.equal(logs.length, 1);
  });

  it('turns an action that throws into a notice instead of an unhandled rejection', async () => {
    const throwing = new WebviewMessageHandler(() => room, { ...effects(calls), nextPhase: () => Promise.reject(new Error('disk full')) }, { warn: (m) => { logs.push(m); } });
    assert.equal(await throwing.handle({ kind: 'nextPhase' }), 'refused');
    assert.ok(calls.includes('notify:disk full'));
  });
});
