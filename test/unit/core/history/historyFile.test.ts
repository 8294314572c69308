import { strict as assert } from 'node:assert';
import { HISTORY_FORMAT, exportHistory, parseHistoryFile, planMerge } from '../../../../src/core/history/historyFile';
import type { StoredSession } from '../../../../src/core/history/historyFile';
import { script, test } from '../debrief/sessionScript';

function stored(id: string): StoredSession {
  return { sessionId: id, events: script({ sessionId: id }).at('01:00').to('code').at('05:00').submit(test('small: n = 1')).end('accepted').events() };
}

function fileWith(sessions: unknown[]): string {
  return JSON.stringify({ format: HISTORY_FORMAT, version: 1, exportedAt: 0, sessions });
}

function errorsOf(text: string): string[] {
  const result = parseHistoryFile(text);
  if (result.ok) assert.fail('expected the file to be rejected');
  return result.errors;
}

describe('history export and import', () => {
  it('round-trips every session and event', () => {
    const sessions = [stored('a'), stored('b')];
    const result = parseHistoryFile(exportHistory(sessions, 1_700_000_000_000));
    assert.ok(result.ok);
    assert.deepEqual(result.sessions, sessions);
  });

  it('rejects what is not a history file with one clear reason', () => {
    assert.match(errorsOf('{"format": ')[0] ?? '', /^not JSON: /);
    assert.deepEqual(errorsOf('[]'), ['expected a JSON object with format, version and sessions']);
    assert.deepEqual(errorsOf('{"format":"other","version":1,"sessions":[]}'), ['format: expected "onsite-history", found "other"']);
    assert.deepEqual(errorsOf(`{"format":"${HISTORY_FORMAT}","version":9,"sessions":[]}`), ['version: 9 is newer than this build understands (1)']);
    assert.deepEqual(errorsOf(`{"format":"${HISTORY_FORMAT}","version":1,"sessions":{}}`), ['sessions: expected an array']);
  });

  it('names the session, the event and the field that is wrong', () => {
    const bad = stored('a');
    const raw = JSON.parse(JSON.stringify(bad)) as { events: Record<string, unknown>[] };
    const submit = raw.events[2];
    assert.ok(submit !== undefined);
    submit.tests = 'none';
    assert.deepEqual(errorsOf(fileWith([stored('ok'), raw])), ['sessions[1].events[2]: submitted: field "tests" must be array']);
  });

  it('checks nested test results, verdicts and budgets', () => {
    const raw = JSON.parse(JSON.stringify(stored('a'))) as { events: Record<string, unknown>[] };
    const submit = raw.events[2];
    const start = raw.events[0];
    assert.ok(submit !== undefined && start !== undefined);
    submit.tests = [{ id: 'h1', label: 'x', source: 'hidden', verdict: 'maybe', timeMs: 1 }];
    start.budgets = { clarify: 1, plan: 1, code: 1 };
    assert.deepEqual(errorsOf(fileWith([raw])), [
      'sessions[0].events[0]: session_started: budgets must give milliseconds for every phase',
      'sessions[0].events[2]: submitted: tests[0].verdict is not a verdict',
    ]);
  });

  it('rejects out-of-order events, a log not starting the session, mismatched and duplicate ids', () => {
    const shuffled = stored('a');
    const [first, second, ...rest] = shuffled.events;
    assert.ok(first !== undefined && second !== undefined);
    assert.deepEqual(errorsOf(fileWith([{ sessionId: 'a', events: [second, first, ...rest] }])), [
      'sessions[0].events[0].seq: expected 0, found 1',
      'sessions[0].events[1].seq: expected 1, found 0',
    ]);
    assert.deepEqual(errorsOf(fileWith([{ sessionId: 'zzz', events: stored('a').events }])), [
      'sessions[0].sessionId: "zzz" does not match the log\'s session "a"',
    ]);
    assert.deepEqual(errorsOf(fileWith([stored('a'), stored('a')])), ['sessions[1].sessionId: "a" already appears at sessions[0]']);
    assert.deepEqual(errorsOf(fileWith([{ sessionId: 'a', events: [] }])), ['sessions[0].events: expected a non-empty array of events']);
    assert.deepEqual(errorsOf(fileWith([{ sessionId: '../x', events: stored('a').events }])), [
      'sessions[0].sessionId: "../x" may hold only letters, digits, "-" and "_" (at most 128)',
    ]);
    assert.deepEqual(errorsOf(fileWith([{ sessionId: 'a', events: stored('a').events.slice(0, -1) }])), [
      'sessions[0].events: the session never ended (no session_ended event); only finished sessions are history',
    ]);
  });

  it('rejects a log the session store could not replay', () => {
    const events = stored('a').events;
    const [start, ...rest] = events;
    assert.ok(start !== undefined);
    const twice = [start, { ...start, seq: 1 }, ...rest.map((e) => ({ ...e, seq: e.seq + 1 }))];
    assert.deepEqual(errorsOf(fileWith([{ sessionId: 'a', events: twice }])), [
      'sessions[0].events: the log cannot be replayed (session_started may only be the first event (seq 1))',
    ]);
  });

  it('stops listing after twenty errors', () => {
    const many = Array.from({ length: 40 }, () => ({ sessionId: '' }));
    assert.equal(errorsOf(fileWith(many)).length, 20);
  });

  it('merges by session id and never overwrites a session already there', () => {
    const plan = planMerge(new Set(['a']), [stored('a'), stored('b')]);
    assert.deepEqual(plan.add.map((s) => s.sessionId), ['b']);
    assert.deepEqual(plan.skipped, ['a']);
  });
});
