import { strict as assert } from 'node:assert';
import type { Mode } from '../../../src/core/events';
import { refusalWords } from '../../../src/ui/refusalWords';
import { COMPLETE_PLAN, judgeReport, plan, reportWithCustom, startLiveSession, type LiveSession } from '../../builders/session';

const MODES: Mode[] = ['strict', 'practice'];

function lastEvent(live: LiveSession) {
  const read = live.store.read(live.session.id);
  assert.ok(read.ok);
  const last = read.log.events.at(-1);
  assert.ok(last);
  return last;
}

function lastPhaseChange(live: LiveSession) {
  const read = live.store.read(live.session.id);
  assert.ok(read.ok);
  const change = read.log.events.filter((e) => e.type === 'phase_changed').at(-1);
  assert.ok(change?.type === 'phase_changed');
  return change;
}

/** Drives a session to `phase` meeting every criterion on the way. */
function reach(live: LiveSession, phase: 'plan' | 'code' | 'test'): void {
  const s = live.session;
  s.askQuestion('Can the array be empty?', 'empty-input', 'No, it has at least two numbers.');
  assert.deepEqual(s.advance(), { ok: true });
  if (phase === 'plan') return;
  s.updatePlan(COMPLETE_PLAN);
  assert.deepEqual(s.advance(), { ok: true });
  if (phase === 'code') return;
  s.recordRun(judgeReport(['accepted']));
  assert.deepEqual(s.advance(), { ok: true });
}

describe('core: phase transitions and exit criteria', () => {
  let live: LiveSession;
  afterEach(() => { live.dispose(); });

  for (const mode of MODES) {
    describe(`${mode} mode`, () => {
      beforeEach(() => { live = startLiveSession(mode); });

      it('starts in clarify with every criterion unmet and labelled', () => {
        const stepper = live.session.criteria();
        assert.deepEqual(stepper.map((p) => p.phase), ['clarify', 'plan', 'code', 'test']);
        for (const p of stepper) {
          assert.ok(p.criteria.length > 0);
          for (const c of p.criteria) {
            assert.equal(c.met, false);
            assert.ok(c.label.length > 10, `label for ${c.id}`);
          }
        }
        assert.equal(live.session.state.phase, 'clarify');
      });

      it('clarify: leaving without a question or an assumption is blocked or needs an override', () => {
        const result = live.session.advance();
        assert.equal(result.ok, false);
        assert.deepEqual(result.unmet?.map((c) => c.id), ['clarify.asked_or_assumed']);
        assert.equal(live.session.state.phase, 'clarify');
      });

      it('clarify: "no questions" alone is not enough; with an assumption it is', () => {
        live.session.declareNoQuestions();
        assert.equal(live.session.checkAdvance().allowed && !live.session.checkAdvance().unmet.length, false);
        const added = live.session.setAssumption('The input always has exactly one answer.');
        assert.ok(added.ok && added.id);
        assert.deepEqual(live.session.advance(), { ok: true });
        assert.equal(live.session.state.phase, 'plan');
        assert.deepEqual(lastPhaseChange(live).overridden, []);
      });

      it('clarify: an assumption without "no questions" does not meet the criterion', () => {
        live.session.setAssumption('Numbers fit in 32 bits.');
        assert.equal(live.session.criteria()[0]?.criteria[0]?.met, false);
      });

      it('clarify: one question meets the criterion', () => {
        live.session.askQuestion('Are there duplicates?', 'duplicates', 'Yes.');
        assert.equal(live.session.criteria()[0]?.criteria[0]?.met, true);
        assert.deepEqual(live.session.advance(), { ok: true });
      });

      for (const missing of ['approach', 'timeComplexity', 'spaceComplexity'] as const) {
        it(`plan: a plan without ${missing} does not allow leaving cleanly`, () => {
          reach(live, 'plan');
          live.session.updatePlan({ ...COMPLETE_PLAN, [missing]: '  ' });
          const check = live.session.checkAdvance();
          const ids = check.unmet.map((c) => c.id);
          assert.equal(ids.length, 1);
          assert.match(ids[0] ?? '', /^plan\./);
          assert.equal(check.allowed, mode === 'practice');
        });
      }

      it('plan: approach plus time and space complexity meets every criterion', () => {
        reach(live, 'plan');
        live.session.updatePlan(plan({ approach: 'sort then two pointers', timeComplexity: 'O(n log n)', spaceComplexity: 'O(1)' }));
        assert.ok(live.session.criteria()[1]?.criteria.every((c) => c.met));
        assert.deepEqual(live.session.advance(), { ok: true });
        assert.equal(live.session.state.phase, 'code');
      });

      it('code: leaving needs at least one run', () => {
        reach(live, 'code');
        assert.deepEqual(live.session.checkAdvance().unmet.map((c) => c.id), ['code.ran']);
        live.session.recordRun(judgeReport(['wrong_answer']));
        assert.deepEqual(live.session.advance(), { ok: true });
        assert.equal(live.session.state.phase, 'test');
      });

      it('test: submitting needs a run that included a custom test', () => {
        reach(live, 'test');
        live.session.recordRun(judgeReport(['accepted', 'accepted']));
        assert.deepEqual(live.session.checkSubmit().unmet.map((c) => c.id), ['test.custom_test_run']);
        live.session.saveCustomTest('mine-1', '[[], 0]', null);
        live.session.recordRun(reportWithCustom());
        assert.deepEqual(live.session.checkSubmit().unmet, []);
        assert.deepEqual(live.session.submit(judgeReport(['accepted', 'accepted'], 'hidden')), { ok: true });
        assert.equal(live.session.state.outcome, 'accepted');
        assert.equal(live.session.state.phase, 'done');
        assert.equal(lastEvent(live).type, 'session_ended');
      });

      it('a failing hidden test makes the outcome rejected', () => {
        reach(live, 'test');
        live.session.recordRun(reportWithCustom());
        assert.deepEqual(live.session.submit(judgeReport(['accepted', 'wrong_answer'], 'hidden')), { ok: true });
        assert.equal(live.session.state.outcome, 'rejected');
        assert.equal(live.session.state.submission?.passed, 1);
      });

      it('submitting from code needs the code and the test criteria', () => {
        reach(live, 'code');
        assert.deepEqual(live.session.checkSubmit().unmet.map((c) => c.id), ['code.ran', 'test.custom_test_run']);
        live.session.recordRun(reportWithCustom());
        assert.deepEqual(live.session.submit(judgeReport(['accepted'], 'hidden')), { ok: true });
        assert.deepEqual(lastPhaseChange(live).from, 'code');
      });

      it('cannot submit from clarify or plan', () => {
        assert.equal(live.session.submit(judgeReport(['accepted'], 'hidden'), { override: true }).ok, false);
        reach(live, 'plan');
        assert.equal(live.session.submit(judgeReport(['accepted'], 'hidden'), { override: true }).ok, false);
        assert.equal(live.session.state.phase, 'plan');
      });

      it('going back (test → code → plan → clarify) is allowed and counted as iterations', () => {
        reach(live, 'test');
        assert.deepEqual(live.session.goBack(), { ok: true });
        assert.equal(live.session.state.phase, 'code');
        assert.equal(lastPhaseChange(live).direction, 'back');
        assert.deepEqual(live.session.goBack(), { ok: true });
        assert.deepEqual(live.session.goBack(), { ok: true });
        assert.equal(live.session.state.phase, 'clarify');
        assert.equal(live.session.state.iterations, 3);
        assert.equal(live.session.goBack().ok, false);
        // criteria already met stay met on the way forward again
        assert.deepEqual(live.session.advance(), { ok: true });
      });

      it('giving up ends the session from any phase and refuses further actions', () => {
        reach(live, 'plan');
        assert.deepEqual(live.session.giveUp(), { ok: true });
        assert.equal(live.session.state.outcome, 'gave_up');
        assert.equal(live.session.askQuestion('still there?', null, '').ok, false);
        assert.equal(live.session.advance().ok, false);
        assert.equal(live.session.giveUp().ok, false);
        // the debrief's answers are still recorded after the end
        assert.deepEqual(live.session.answerFollowUp('What if the input is sorted?', 'Two pointers.'), { ok: true });
      });

      it('the overall limit expiring ends the session as expired', () => {
        live.clock.advance(live.session.state.overallLimitMs - 1);
        assert.equal(live.session.tick().expired, false);
        live.clock.advance(1);
        assert.equal(live.session.tick().expired, true);
        assert.equal(live.session.state.outcome, 'expired');
        assert.equal(live.session.tick().expired, false);
      });

      it('phases go one step at a time', () => {
        assert.equal(live.session.state.phase, 'clarify');
        live.session.askQuestion('Sorted?', null, 'No.');
        assert.equal(live.session.submit(judgeReport(['accepted'], 'hidden'), { override: true }).ok, false);
      });
    });
  }

  describe('practice-only and strict-only rules', () => {
    it('practice: an override moves on and records the unmet criteria', () => {
      live = startLiveSession('practice');
      assert.deepEqual(live.session.advance({ override: true }), { ok: true });
      assert.deepEqual(lastPhaseChange(live).overridden, ['clarify.asked_or_assumed']);
      assert.deepEqual(live.session.advance({ override: true }), { ok: true });
      assert.deepEqual(lastPhaseChange(live).overridden, ['plan.approach', 'plan.time_complexity', 'plan.space_complexity']);
      assert.deepEqual(live.session.advance({ override: true }), { ok: true });
      assert.deepEqual(lastPhaseChange(live).overridden, ['code.ran']);
      assert.deepEqual(live.session.submit(judgeReport(['accepted'], 'hidden'), { override: true }), { ok: true });
      assert.deepEqual(lastPhaseChange(live).overridden, ['test.custom_test_run']);
    });

    it('strict: an override is refused', () => {
      live = startLiveSession('strict');
      const result = live.session.advance({ override: true });
      assert.ok(!result.ok);
      assert.equal(result.refusal.id, 'strict_unmet');
      // Core gives the id and the unmet criteria; the English sentence is the UI's wording of them.
      assert.match(refusalWords(result.refusal), /^Strict mode: before leaving clarify, .+\.$/);
      assert.equal(live.session.state.phase, 'clarify');
    });

    it('strict: no pausing, no hints unless the setting allows them', () => {
      live = startLiveSession('strict');
      assert.equal(live.session.pause().ok, false);
      assert.equal(live.session.revealHint(0, 'Use a map.').ok, false);
      live.dispose();
      live = startLiveSession('strict', {}, { hintsInStrictMode: true });
      assert.deepEqual(live.session.revealHint(0, 'Use a map.'), { ok: true });
      assert.deepEqual(live.session.state.hintsRevealed, [0]);
    });

    it('practice: pause and hints are available', () => {
      live = startLiveSession('practice');
      assert.deepEqual(live.session.pause(), { ok: true });
      assert.equal(live.session.pause().ok, false);
      assert.deepEqual(live.session.resume(), { ok: true });
      assert.deepEqual(live.session.revealHint(1, 'Think about complements.'), { ok: true });
      assert.equal(live.session.state.pauses, 1);
    });

    it('runs are refused outside code and test', () => {
      live = startLiveSession('practice');
      assert.equal(live.session.recordRun(judgeReport(['accepted'])).ok, false);
      assert.equal(live.session.state.runs.length, 0);
    });
  });
});
