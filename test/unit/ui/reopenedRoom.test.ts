import { strict as assert } from 'node:assert';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RUN_DETAIL_MAX_CHARS, type SessionEvent } from '../../../src/core/events';
import { lastReportsIn, runTestsWithDetailsOf } from '../../../src/core/runRecord';
import { InterviewSession } from '../../../src/core/session';
import { Judge } from '../../../src/judge/judge';
import type { JudgeReport } from '../../../src/vocabulary/verdicts';
import { judgeTestsOf } from '../../../src/ui/interview/customTests';
import { OpenPanelRecord } from '../../../src/ui/interview/openPanelRecord';
import { InterviewRoom } from '../../../src/ui/interview/room';
import { buildView } from '../../../src/ui/interview/view';
import { testWorkerScript } from '../judge/workerBuild';
import { openRoom, type RoomFixture } from './roomFixture';

// Always the first two indices: fails the examples whose pair is elsewhere, with an actual value to show.
const wrongTwoSum = 'var twoSum = function (nums, target) {\n  console.log("looking at", nums.length);\n  return [0, 1];\n};';
const correctTwoSum = 'var twoSum = function (nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n};';

/** What a window reload does to the room: the session closes, and a new room opens on the log alone. */
function reopen(fixture: RoomFixture): InterviewRoom {
  const { room } = fixture;
  room.dispose();
  room.session.close();
  const read = fixture.store.read(room.session.id);
  assert.ok(read.ok);
  const session = InterviewSession.resume(room.session.id, { store: fixture.store });
  return new InterviewRoom(session, room.problem, fixture.tests, { earlierEvents: read.log.events });
}

describe('the interview room reopened from its log after a reload', () => {
  let judge: Judge;
  let fixture: RoomFixture | undefined;
  let reopened: InterviewRoom | undefined;

  before(async () => { judge = new Judge({ workerScript: await testWorkerScript() }); });
  after(async () => { await judge.dispose(); });
  afterEach(() => {
    reopened?.dispose();
    reopened?.session.close();
    reopened = undefined;
    fixture?.close();
    fixture = undefined;
  });

  async function runInRoom(room: InterviewRoom, source: string): Promise<void> {
    // As judging.ts does after a Run: the room keeps the full report, the session logs it.
    const report = await judge.run(room.problem, source, 'javascript', judgeTestsOf(room.savedTests));
    room.lastRun = report;
    assert.ok(room.session.recordRun(report).ok);
  }

  it('shows the last Run exactly as before: verdicts, inputs, expected, actual and console', async () => {
    fixture = await openRoom('two-sum');
    const { room } = fixture;
    assert.ok((await room.saveCustomTest(null, 'equal pair', ['[3,3]', '6'], '[0,1]')).ok);
    room.session.advance({ override: true });
    room.session.advance({ override: true });
    await runInRoom(room, correctTwoSum);
    await runInRoom(room, wrongTwoSum);
    const before = buildView(room, '', false);
    assert.equal(before.lastRun?.verdict, 'wrong_answer');

    reopened = reopen(fixture);
    const after = buildView(reopened, '', false);
    assert.deepEqual(after.lastRun, before.lastRun);
    const failing = after.lastRun.tests.find((t) => t.verdict === 'wrong_answer');
    assert.ok(failing !== undefined);
    assert.equal(failing.actual, '[0,1]');
    assert.match(failing.console ?? '', /looking at/);
    assert.equal(after.lastSubmit, null);
  });

  it('shows the last Submit after the session ended, without hidden inputs', async () => {
    fixture = await openRoom('two-sum');
    const { room } = fixture;
    for (let i = 0; i < 3; i += 1) room.session.advance({ override: true });
    const report = await judge.submit(room.problem, wrongTwoSum, 'javascript');
    room.lastSubmit = report;
    assert.ok(room.session.submit(report, { override: true }).ok);
    const before = buildView(room, '', false);

    reopened = reopen(fixture);
    const after = buildView(reopened, '', false);
    assert.deepEqual(after.lastSubmit, before.lastSubmit);
    assert.ok(after.lastSubmit !== null && after.lastSubmit.tests.some((t) => t.source === 'hidden'));
    const read = fixture.store.read(room.session.id);
    assert.ok(read.ok);
    const submitted = read.log.events.find((e) => e.type === 'submitted');
    assert.ok(submitted?.type === 'submitted' && submitted.tests.every((t) => t.details === undefined), 'a submission logged hidden test details');
  });

  it('records the efficiency verdict of an accepted Submit on its submitted event, as the panel does', async () => {
    fixture = await openRoom('two-sum');
    const { room } = fixture;
    for (let i = 0; i < 3; i += 1) room.session.advance({ override: true });
    const submitted = await judge.submit(room.problem, correctTwoSum, 'javascript');
    assert.equal(submitted.verdict, 'accepted');
    const efficiency = await judge.efficiency(room.problem, correctTwoSum, 'javascript');
    assert.equal(efficiency?.verdict, 'efficient');
    assert.ok(room.session.submit({ ...submitted, efficiency }, { override: true }).ok);
    const read = fixture.store.read(room.session.id);
    assert.ok(read.ok);
    const event = read.log.events.find((e) => e.type === 'submitted');
    assert.ok(event?.type === 'submitted');
    assert.deepEqual(event.efficiency, efficiency);
  });

  it('clips long values in the log and drops details a hand-edited log got wrong, keeping the rest', () => {
    const long = 'x'.repeat(RUN_DETAIL_MAX_CHARS + 50);
    const report: JudgeReport = {
      problemId: 'two-sum', verdict: 'wrong_answer', passed: 0, total: 2, timeMs: 3,
      tests: [
        { id: 'custom-1', label: 'big', source: 'custom', verdict: 'wrong_answer', timeMs: 1, actual: long, position: { line: 2, column: 3 } },
        { id: 'visible-2', label: 'Example 2', source: 'visible', verdict: 'wrong_answer', timeMs: 2 },
      ],
    };
    const logged = runTestsWithDetailsOf(report);
    assert.equal(logged[0]?.details?.actual?.length, RUN_DETAIL_MAX_CHARS);
    assert.deepEqual(logged[0].details.position, { line: 2, column: 3 });
    assert.equal(logged[1]?.details, undefined);

    const damaged: unknown[] = [
      { id: 'visible-1', label: 'Example 1', source: 'visible', verdict: 'wrong_answer', timeMs: 1, details: { input: 7, actual: '[0,1]', position: { line: 'x', column: 1 } } },
      { id: 'visible-2', label: 'Example 2', source: 'visible', verdict: 'wrong_answer', timeMs: 2, details: 'not an object' },
    ];
    const event = { v: 1, seq: 7, at: 0, t: 1_000, type: 'run_completed', verdict: 'wrong_answer', passed: 0, total: 2, tests: damaged } as unknown as SessionEvent;
    const { lastRun, lastSubmit } = lastReportsIn([event], 'two-sum');
    assert.ok(lastRun !== null);
    assert.equal(lastSubmit, null);
    assert.deepEqual(lastRun.tests, [
      { id: 'visible-1', label: 'Example 1', source: 'visible', verdict: 'wrong_answer', timeMs: 1, actual: '[0,1]' },
      { id: 'visible-2', label: 'Example 2', source: 'visible', verdict: 'wrong_answer', timeMs: 2 },
    ]);
    assert.equal(lastRun.timeMs, 3);
  });
});

describe('which interview the panel was showing', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'onsite-panel-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('is remembered across instances (a reload) and forgotten when the panel is closed', () => {
    const file = path.join(dir, 'storage', 'interview-panel.json');
    new OpenPanelRecord(file).remember('2026-11-24T09-00-00Z-two-sum-3fa9c1');
    const afterReload = new OpenPanelRecord(file);
    assert.equal(afterReload.recall(), '2026-11-24T09-00-00Z-two-sum-3fa9c1');
    afterReload.forget();
    assert.equal(new OpenPanelRecord(file).recall(), undefined);
  });

  it('reads a damaged or foreign record as nothing to reopen', () => {
    const file = path.join(dir, 'interview-panel.json');
    appendFileSync(file, '{"sessionId": "../../etc/passwd"}');
    assert.equal(new OpenPanelRecord(file).recall(), undefined);
    rmSync(file);
    appendFileSync(file, '{"sessionId": "2026-11-24T09-00-00Z-two');
    assert.equal(new OpenPanelRecord(file).recall(), undefined);
  });
});
