import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEventLine, upgradeEvent } from '../../../src/core/eventLog';
import { EVENT_FORMAT_VERSION } from '../../../src/core/events';
import { InterviewSession } from '../../../src/core/session';
import { readSessionLog, SessionLockedError } from '../../../src/core/storage';
import { ManualClock } from '../../builders/clock';
import { TWO_SUM } from '../../builders/session';
import { LogBuilder } from '../../builders/sessionLog';
import { tempStore } from '../../builders/store';

describe('core: session storage', () => {
  let store: ReturnType<typeof tempStore>;
  beforeEach(() => { store = tempStore(); });
  afterEach(() => { store.dispose(); });

  const sample = (id: string): LogBuilder =>
    new LogBuilder({ sessionId: id }).after(1_000).question('Empty?', 'empty-input', 'No.').after(2_000).toPhase('plan');

  it('creates the storage folder and writes one JSON line per event, each with the format version', () => {
    const clock = new ManualClock();
    const session = InterviewSession.start({ problem: TWO_SUM, language: 'typescript', mode: 'strict' }, { store, clock });
    session.askQuestion('Is there always an answer?', 'one-answer', 'Yes.');
    session.close();
    const lines = fs.readFileSync(store.fileOf(session.id), 'utf8').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.equal((JSON.parse(line) as { v: number }).v, EVENT_FORMAT_VERSION);
  });

  it('appends after the end through the live session that holds the log, and by reopening it once closed', () => {
    const clock = new ManualClock();
    const session = InterviewSession.start({ problem: TWO_SUM, language: 'javascript', mode: 'practice' }, { store, clock });
    clock.advance(60_000);
    assert.ok(session.giveUp().ok);
    const scores = { problem_solving: 3, communication: 2, code_quality: 3, testing: 2, time_management: 4 };
    const ended = session.state.lastSeq;
    const recorded: string[] = [];
    session.onDidRecord((event) => { recorded.push(event.type); });
    store.appendAfterEnd(session.id, { type: 'self_review', scores, notes: 'live' }, clock.wall());
    // The live session wrote it (its listeners saw it), so the log kept one writer.
    assert.deepEqual(recorded, ['self_review']);
    const lastLive = session.state.lastSeq;
    assert.equal(lastLive, ended + 1);
    session.close();
    store.appendAfterEnd(session.id, { type: 'followup_answered', question: 'Sorted input?', answer: 'Two pointers' }, 99);
    const read = readSessionLog(store.fileOf(session.id));
    assert.ok(read.ok);
    const [review, followUp] = read.log.events.slice(-2);
    assert.ok(review !== undefined && followUp !== undefined);
    assert.equal(review.type, 'self_review');
    assert.equal(review.seq, lastLive);
    assert.equal(followUp.type, 'followup_answered');
    assert.equal(followUp.seq, lastLive + 1);
    assert.equal(followUp.t, review.t);
    assert.equal(followUp.at, 99);
  });

  it('drops a torn final line silently and keeps every complete event', () => {
    const file = sample('torn').writeTo(store.dir);
    fs.appendFileSync(file, '{"v":1,"seq":3,"at":17,"t":3000,"type":"note_ad');
    const result = readSessionLog(file);
    assert.ok(result.ok);
    assert.equal(result.log.events.length, 3);
    assert.equal(result.log.tornTail, true);
    assert.deepEqual(result.log.issues, []);
  });

  it('cuts a torn tail before appending again, so the next event is on its own line', () => {
    const file = sample('torn-resume').writeTo(store.dir);
    fs.appendFileSync(file, '{"v":1,"seq":3,');
    const clock = new ManualClock();
    const session = InterviewSession.resume('torn-resume', { store, clock });
    session.addNote('after the crash');
    session.close();
    const result = readSessionLog(file);
    assert.ok(result.ok);
    assert.deepEqual(result.log.issues, []);
    assert.equal(result.log.tornTail, false);
    assert.deepEqual(result.log.events.map((e) => e.type).slice(3), ['note_added', 'paused']);
    assert.deepEqual(result.log.events.map((e) => e.seq), [0, 1, 2, 3, 4]);
  });

  it('reports corrupt lines in the middle by number and reason, and keeps the rest', () => {
    const file = sample('damaged').writeTo(store.dir);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.splice(1, 0, 'not json at all', '{"v":1,"seq":9,"at":1,"t":1,"type":"teleported"}', '{"v":1,"seq":9,"t":1,"type":"no_questions"}',
      '{"v":1,"seq":9,"at":1,"t":1,"type":"phase_changed","from":"clarify","to":"lunch","direction":"forward","overridden":[]}');
    fs.writeFileSync(file, lines.join('\n'));
    const result = readSessionLog(file);
    assert.ok(result.ok);
    assert.equal(result.log.events.length, 3);
    assert.deepEqual(result.log.issues.map((i) => i.line), [2, 3, 4, 5]);
    assert.match(result.log.issues[0]?.reason ?? '', /not JSON/);
    assert.match(result.log.issues[1]?.reason ?? '', /unknown event type "teleported"/);
    assert.match(result.log.issues[2]?.reason ?? '', /"at" must be a number/);
    assert.match(result.log.issues[3]?.reason ?? '', /"to" has unknown value "lunch"/);
  });

  it('scan: offers sessions in progress, lists finished ones as history, names corrupt files with the reason', () => {
    sample('in-progress').writeTo(store.dir);
    new LogBuilder({ sessionId: 'finished' }).after(5_000).giveUp().writeTo(store.dir);
    fs.writeFileSync(path.join(store.dir, 'garbage.jsonl'), '\u0000\u0001 binary junk\n');
    fs.writeFileSync(path.join(store.dir, 'empty.jsonl'), '');
    fs.writeFileSync(path.join(store.dir, 'headless.jsonl'), JSON.stringify({ v: 1, seq: 0, at: 1, t: 0, type: 'no_questions' }) + '\n');
    const scan = store.scan();
    assert.deepEqual(scan.inProgress.map((l) => l.sessionId), ['in-progress']);
    assert.deepEqual(scan.finished.map((l) => l.sessionId), ['finished']);
    const corrupt = new Map(scan.corrupt.map((c) => [path.basename(c.file), c.reason]));
    assert.deepEqual([...corrupt.keys()].sort(), ['empty.jsonl', 'garbage.jsonl', 'headless.jsonl']);
    assert.match(corrupt.get('empty.jsonl') ?? '', /empty/);
    assert.match(corrupt.get('garbage.jsonl') ?? '', /no readable session_started.*line 1: not JSON/);
    assert.match(corrupt.get('headless.jsonl') ?? '', /must start with session_started/);
  });

  it('scan of a folder that does not exist yet is empty', () => {
    assert.deepEqual(store.scan(), { inProgress: [], finished: [], corrupt: [] });
  });

  it('refuses a second writer for the same session while the first is open', () => {
    const clock = new ManualClock();
    const session = InterviewSession.start({ problem: TWO_SUM, language: 'javascript', mode: 'practice' }, { store, clock });
    assert.throws(() => InterviewSession.resume(session.id, { store, clock }), SessionLockedError);
    session.close();
    const again = InterviewSession.resume(session.id, { store, clock });
    again.close();
  });

  it('refuses a lock held by another live process', () => {
    sample('elsewhere').writeTo(store.dir);
    fs.writeFileSync(path.join(store.dir, 'elsewhere.lock'), String(process.ppid));
    assert.throws(() => store.reopen('elsewhere'), SessionLockedError);
  });

  it('upgradeEvent refuses versions from the future and lines without a version', () => {
    assert.equal(upgradeEvent({ v: EVENT_FORMAT_VERSION + 1, seq: 0, at: 0, t: 0, type: 'paused' }).ok, false);
    const future = parseEventLine(JSON.stringify({ v: 99, seq: 0, at: 0, t: 0, type: 'paused' }));
    assert.match(future.ok ? '' : future.reason, /newer/);
    const unversioned = parseEventLine(JSON.stringify({ seq: 0, at: 0, t: 0, type: 'paused' }));
    assert.match(unversioned.ok ? '' : unversioned.reason, /version/);
  });

  it('reads a version-1 paused event without the later optional reason', () => {
    const parsed = parseEventLine(JSON.stringify({ v: 1, seq: 4, at: 10, t: 5, type: 'paused' }));
    assert.ok(parsed.ok);
    assert.equal(parsed.event.type, 'paused');
  });

  it('rejects session ids that could escape the folder', () => {
    assert.throws(() => store.read('../etc/passwd'), /Invalid session id/);
  });
});
