import { strict as assert } from 'node:assert';
import { Judge } from '../../../src/judge/judge';
import { InterviewSession } from '../../../src/core/session';
import { measureForDebrief } from '../../../src/ui/interview/debriefMeasures';
import { InterviewRoom } from '../../../src/ui/interview/room';
import { testWorkerScript } from '../judge/workerBuild';
import { openRoom, type RoomFixture } from './roomFixture';

const hashMapSolution = `var twoSum = function (nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
};`;

describe('debrief measurements after submit', () => {
  let judge: Judge;
  let fixture: RoomFixture | undefined;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
  });
  after(async () => {
    await judge.dispose();
  });
  afterEach(() => {
    fixture?.close();
    fixture = undefined;
  });

  it('records the scaling run and which planted bugs the candidate\'s own tests catch', async () => {
    fixture = await openRoom('two-sum');
    const { room } = fixture;
    // Two equal values summing to the target: exposes a solution that stores before it looks up.
    assert.ok((await room.saveCustomTest(null, 'equal pair', ['[3,3]', '6'], null)).ok);
    await measureForDebrief(room, judge, hashMapSolution, (message) => { assert.fail(message); });

    const read = fixture.store.read(room.session.id);
    assert.ok(read.ok);
    const scaled = read.log.events.find((e) => e.type === 'scaling_measured');
    assert.ok(scaled?.type === 'scaling_measured');
    assert.equal(scaled.points.length >= 2, true, 'several sizes were measured');
    assert.ok(scaled.points.every((p, i, all) => i === 0 || p.size > (all[i - 1]?.size ?? 0)));

    const mutants = read.log.events.find((e) => e.type === 'mutants_measured');
    assert.ok(mutants?.type === 'mutants_measured');
    const all = room.problem.mutants.map((m) => m.info.file).sort();
    assert.deepEqual([...mutants.caught, ...mutants.missed].sort(), all, 'every mutant is accounted for');
    assert.ok(mutants.caught.includes('stores-before-lookup.js'), 'the equal-pair test catches storing before looking up');
    assert.ok(mutants.missed.length > 0, 'one test does not catch every planted bug');
    assert.equal(room.session.state.phase, 'clarify', 'measuring changes no phase');
  });

  it('measures a problem whose generator knows only its named shapes, and keeps the planted-bug figures when scaling fails', async () => {
    // reconstruct-itinerary's generator throws on a missing shape: the scaling run once failed at its
    // first size and took the mutant measurement down with it.
    fixture = await openRoom('reconstruct-itinerary');
    const { room } = fixture;
    const warnings: string[] = [];
    await measureForDebrief(room, judge, room.problem.reference, (message) => { warnings.push(message); });
    assert.equal(warnings.length, 0, warnings.join('\n'));
    const read = fixture.store.read(room.session.id);
    assert.ok(read.ok);
    const scaled = read.log.events.find((e) => e.type === 'scaling_measured');
    assert.ok(scaled?.type === 'scaling_measured' && scaled.points.length >= 2, 'several sizes were measured');
    assert.ok(read.log.events.some((e) => e.type === 'mutants_measured'));

    // A scaling run that cannot start at all is reported, and the planted bugs are still counted.
    const broken = { ...room.problem, generator: 'function generate() { throw new Error("no inputs today"); }' };
    const session = InterviewSession.start({ problem: broken.meta, language: 'javascript', mode: 'practice' }, { store: fixture.store });
    const brokenRoom = new InterviewRoom(session, broken, fixture.tests, {});
    try {
      await measureForDebrief(brokenRoom, judge, broken.reference, (message) => { warnings.push(message); });
      assert.match(warnings[0] ?? '', /^Scaling not measured for reconstruct-itinerary: .*no inputs today/);
      const events = brokenRoom.session.state.lastSeq > 0 ? fixture.store.read(session.id) : undefined;
      assert.ok(events?.ok === true);
      assert.ok(!events.log.events.some((e) => e.type === 'scaling_measured'));
      assert.ok(events.log.events.some((e) => e.type === 'mutants_measured'), 'the planted bugs were still measured');
    } finally {
      brokenRoom.dispose();
      session.close();
    }
  });
});
