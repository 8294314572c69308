import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../../../src/core/storage';
import { DebriefLibrary } from '../../../../src/ui/debrief/library';
import type { ProblemMeta } from '../../../../src/problems/types';
import { climbingStairs, script, test } from '../debrief/sessionScript';

function finished(id: string) {
  return script({ sessionId: id })
    .at('00:30').ask('How large can n get?', 'input-size')
    .at('01:00').to('plan').at('02:00').plan('dp', 'O(n)', 'O(1)')
    .at('03:00').to('code').at('06:00').run(test('small: n = 2', 'accepted', 'visible'))
    .at('08:00').submit(test('small: n = 3'))
    .at('08:00').end('accepted');
}

describe('history library over the real session store', () => {
  let meta: ProblemMeta;
  let store: SessionStore;
  let library: DebriefLibrary;
  const logged: string[] = [];

  before(async () => {
    meta = await climbingStairs();
  });

  beforeEach(() => {
    store = new SessionStore(mkdtempSync(join(tmpdir(), 'onsite-history-')));
    store.ensureDir();
    library = new DebriefLibrary(
      {
        store,
        problems: () => Promise.resolve([meta]),
        log: { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) },
        now: () => Date.UTC(2026, 10, 24),
      },
      () => ({ silenceThresholdMs: 600_000 }),
    );
  });

  function write(id: string): void {
    const writer = store.create(id);
    for (const event of finished(id).events()) writer.append(event);
    writer.close();
  }

  it('exports every finished session and imports them into an empty history', async () => {
    write('a');
    write('b');
    const exported = library.exportAll();
    const target = new SessionStore(mkdtempSync(join(tmpdir(), 'onsite-import-')));
    target.ensureDir();
    const into = new DebriefLibrary({ store: target, problems: () => Promise.resolve([meta]), log: { info: () => undefined, warn: () => undefined, error: () => undefined } }, () => ({ silenceThresholdMs: 600_000 }));
    assert.deepEqual(into.importFrom(exported), { ok: true, added: ['a', 'b'], skipped: [] });
    assert.deepEqual((await into.summaries()).map((s) => s.sessionId).sort(), ['a', 'b']);
  });

  it('never overwrites a session already there, even a corrupt one', () => {
    write('a');
    const exported = library.exportAll();
    const before = readFileSync(store.fileOf('a'), 'utf8');
    writeFileSync(store.fileOf('b'), 'not a log\n');
    const other = JSON.parse(exported) as { sessions: { sessionId: string; events: { sessionId?: string }[] }[] };
    const copy = JSON.parse(JSON.stringify(other.sessions[0])) as { sessionId: string; events: { sessionId?: string }[] };
    copy.sessionId = 'b';
    const start = copy.events[0];
    assert.ok(start !== undefined);
    start.sessionId = 'b';
    other.sessions.push(copy);
    assert.deepEqual(library.importFrom(JSON.stringify(other)), { ok: true, added: [], skipped: ['a', 'b'] });
    assert.equal(readFileSync(store.fileOf('a'), 'utf8'), before);
    assert.equal(readFileSync(store.fileOf('b'), 'utf8'), 'not a log\n');
  });

  it('reports the first problems of a bad file and writes nothing', async () => {
    const result = library.importFrom('{"format":"onsite-history","version":1,"sessions":[{"sessionId":"x","events":[{"v":1}]}]}');
    assert.deepEqual(result, { ok: false, errors: ['sessions[0].events[0]: field "seq" must be a number'] });
    assert.deepEqual(await library.summaries(), []);
  });

  it('appends the self-review to a finished log, after which the debrief is revealed', async () => {
    write('a');
    assert.equal((await library.debrief('a'))?.selfReview, null);
    library.recordSelfReview('a', { problem_solving: 3, communication: 2, code_quality: 3, testing: 2, time_management: 4 }, 'ok');
    const debrief = await library.debrief('a');
    assert.deepEqual(debrief?.selfReview, { scores: { problem_solving: 3, communication: 2, code_quality: 3, testing: 2, time_management: 4 }, notes: 'ok' });
    const read = store.read('a');
    assert.ok(read.ok);
    assert.deepEqual(read.log.issues, []);
    const last = read.log.events[read.log.events.length - 1];
    assert.ok(last !== undefined);
    assert.deepEqual([last.type, last.t], ['self_review', 8 * 60_000]);
  });
});
