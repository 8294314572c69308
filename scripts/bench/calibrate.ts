/**
 * Chooses the interviewer's confidence bands from the banks alone, never from the evaluation set:
 * each phrasing is held out of its clarification and asked (it should be answered with that
 * clarification), and each clarification is held out of its bank and its phrasings asked (the bank no
 * longer covers them: a direct answer is wrong). The bands kept answer the most held-out phrasings
 * directly while answering at most 2% of questions wrongly.
 */
import { Interviewer } from '../../src/core/interviewer/interviewer';
import type { ConfidenceBands } from '../../src/core/interviewer/interviewer';
import type { ScorerName } from '../../src/core/interviewer/scorers';
import type { ProblemMeta } from '../../src/problems/types';

interface HeldOut {
  expect: string | null;
  top: string | null;
  first: number;
  second: number;
  /** The expected clarification is one of the two closest. */
  inTopTwo: boolean;
}

const MIN_PHRASINGS = 10;

/** Held-out questions scored with neutral bands, so any bands can be applied afterwards. */
export function heldOutScores(metas: Iterable<ProblemMeta>, scorer: ScorerName): HeldOut[] {
  const open: ConfidenceBands = { direct: 0, margin: 0, askBack: 0 };
  const out: HeldOut[] = [];
  const record = (interviewer: Interviewer, text: string, expect: string | null): void => {
    const reply = interviewer.reply(text);
    const [a, b] = reply.candidates;
    out.push({
      expect,
      top: a?.clarification.id ?? null,
      first: a?.score ?? 0,
      second: b?.score ?? 0,
      inTopTwo: expect !== null && [a, b].some((c) => c?.clarification.id === expect),
    });
  };
  for (const meta of metas) {
    // Only banks written for matching by meaning: a handful of keywords says little about paraphrases.
    if (meta.clarifications.some((c) => c.phrasings.length < MIN_PHRASINGS)) continue;
    meta.clarifications.forEach((c, ci) => {
      c.phrasings.forEach((phrasing, pi) => {
        const without = meta.clarifications.map((d, di) => (di === ci ? { ...d, phrasings: d.phrasings.filter((_, i) => i !== pi) } : d));
        record(Interviewer.forProblem({ ...meta, clarifications: without }, scorer, open), phrasing, c.id);
      });
      const uncovered = Interviewer.forProblem({ ...meta, clarifications: meta.clarifications.filter((_, di) => di !== ci) }, scorer, open);
      for (const text of [c.question, ...c.phrasings]) record(uncovered, text, null);
    });
  }
  return out;
}

export interface Calibration {
  bands: ConfidenceBands;
  rightDirect: number;
  rightOrAskBack: number;
  wrong: number;
  positives: number;
  negatives: number;
}

const steps = (from: number, to: number, by: number): number[] => Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => Math.round((from + i * by) * 1000) / 1000);

/**
 * Wrong answers are weighed as if a quarter of the questions were off-bank, as in an interview (and in
 * the evaluation set), rather than the half that holding out every clarification produces.
 */
export function calibrate(scores: readonly HeldOut[], wrongAtMost = 0.02, offBankShare = 0.25): Calibration {
  const positives = scores.filter((s) => s.expect !== null);
  const negatives = scores.filter((s) => s.expect === null);
  let best: Calibration | null = null;
  for (const direct of steps(0.15, 1.01, 0.01)) {
    for (const margin of steps(0, 0.3, 0.01)) {
      const answers = (s: HeldOut): boolean => s.first >= direct && s.first - s.second >= margin;
      const wrongAmong = (set: readonly HeldOut[]): number => set.filter((s) => answers(s) && s.top !== s.expect).length / Math.max(1, set.length);
      const wrong = (1 - offBankShare) * wrongAmong(positives) + offBankShare * wrongAmong(negatives);
      if (wrong > wrongAtMost) continue;
      const rightDirect = positives.filter((s) => answers(s) && s.top === s.expect).length / positives.length;
      if (best !== null && rightDirect <= best.rightDirect) continue;
      // Ask back down to the lowest score at which the right clarification is still usually offered.
      const askBack = Math.min(direct, lowestUsefulAskBack(positives, direct));
      const rightOrAskBack = positives.filter((s) => (answers(s) && s.top === s.expect) || (!answers(s) && s.first >= askBack && s.inTopTwo)).length / positives.length;
      best = { bands: { direct, margin, askBack }, rightDirect, rightOrAskBack, wrong, positives: positives.length, negatives: negatives.length };
    }
  }
  if (best === null) throw new Error('No bands keep wrong answers under the limit.');
  return best;
}

/** The score below which fewer than half of the held-out phrasings have their clarification among the two offered. */
function lowestUsefulAskBack(positives: readonly HeldOut[], direct: number): number {
  let floor = direct;
  for (const threshold of steps(0.05, direct, 0.01).reverse()) {
    const band = positives.filter((s) => s.first >= threshold && s.first < threshold + 0.05);
    if (band.length >= 5 && band.filter((s) => s.inTopTwo).length / band.length < 0.5) break;
    floor = threshold;
  }
  return floor;
}
