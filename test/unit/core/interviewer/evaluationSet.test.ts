/**
 * The real interviewer over the real banks and the clarify evaluation set (accuracy, not timing).
 * The targets are 90 % of in-bank questions answered right directly, 97 % right directly or
 * through an ask-back, at most 2 % of all questions answered wrongly. The second and third are asserted;
 * the first is not reached yet (README: "The interviewer"), so they stay pending and the figures
 * measured now are asserted as floors, so a change that loses ground fails here.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { bundledMetas, evaluateInterviewer, readEvalSet } from '../../../../scripts/bench/clarify';
import type { ClarifyFigures } from '../../../../scripts/bench/clarify';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('interviewer on the clarify evaluation set', () => {
  let f: ClarifyFigures;
  before(async () => {
    f = evaluateInterviewer(readEvalSet(path.join(ROOT, 'test', 'fixtures', 'clarify-eval')), await bundledMetas(path.join(ROOT, 'problems')), 'ngram');
  });
  const share = (part: number, whole: number): number => part / whole;

  it('gets ≥ 97 % of in-bank questions right directly or via ask-back (target)', () => {
    assert.ok(share(f.rightDirect + f.rightViaAskBack, f.inBank) >= 0.97, `${f.rightDirect + f.rightViaAskBack} of ${f.inBank} right directly or via ask-back`);
  });

  it('answers at most 2 % of all questions wrongly (target)', () => {
    assert.ok(share(f.wrong, f.questions) <= 0.02, `${f.wrong} of ${f.questions} answered wrongly`);
  });

  it('keeps the measured floors: ≥ 59 % in-bank right directly, ≥ 75 % of small talk recognised', () => {
    assert.ok(share(f.rightDirect, f.inBank) >= 0.59, `${f.rightDirect} of ${f.inBank} right directly`);
    assert.ok(share(f.smallTalkHandled, f.smallTalk) >= 0.75, `${f.smallTalkHandled} of ${f.smallTalk} small talk recognised`);
  });

  // Pending until reached: the other targets of issue 15.
  it('answers ≥ 90 % of in-bank questions right directly (target)');
});
