/**
 * The debrief's complexity sentences in the display language: the plan against the expected class, the
 * measured growth and the largest hidden tests. Free of `vscode` (see src/ui/refusalWords.ts).
 */
import * as l10n from '@vscode/l10n';
import type { ComplexityReport, MeasuredScaling, PlanComparison } from '../../core/debrief/complexity';
import { verdictWords } from './commonWords';

/** A rank of the coarse ladder (src/core/debrief/complexity.ts): "linear", "cubic or worse". */
export function growthRankWords(rank: number): string {
  switch (rank) {
    case 0:
      return l10n.t('constant');
    case 1:
      return l10n.t('logarithmic');
    case 2:
      return l10n.t('linear');
    case 3:
      return l10n.t('linearithmic');
    case 4:
      return l10n.t('quadratic');
    case 5:
      return l10n.t('cubic or worse');
    case 6:
      return l10n.t('exponential');
    case 7:
      return l10n.t('factorial');
    default:
      return l10n.t('unknown');
  }
}

function comparisonWords(c: PlanComparison): string {
  switch (c) {
    case 'matches':
      return l10n.t('matches it');
    case 'slower':
      return l10n.t('slower than it');
    case 'faster':
      return l10n.t('faster than it');
    case 'unknown':
      return l10n.t('not comparable');
    case 'not_stated':
      return l10n.t('nothing to compare');
  }
}

/** " (×17.1 time for ×8.0 size; the reference solution ×14.2)": the figures behind a measured class. */
export function measuredFactorsWords(m: MeasuredScaling): string {
  if (m.sizeFactor === null || m.timeFactor === null) return '';
  const time = m.timeFactor.toFixed(1);
  const size = m.sizeFactor.toFixed(1);
  const factors =
    m.referenceTimeFactor === null
      ? l10n.t('(×{0} time for ×{1} size)', time, size)
      : l10n.t('(×{0} time for ×{1} size; the reference solution ×{2})', time, size, m.referenceTimeFactor.toFixed(1));
  return ` ${factors}`;
}

function bounds(time: string | null, space: string | null, none: string): string {
  if (time === null) return none;
  return space === null ? l10n.t('{0} time', time) : l10n.t('{0} time, {1} space', time, space);
}

/** "Your plan stated O(n log n) time, O(n) space; this problem expects O(n) time, O(n) space — slower than it." */
export function planSentence(x: ComplexityReport): string {
  return l10n.t(
    'Your plan stated {0}; this problem expects {1} — {2}.',
    bounds(x.stated, x.statedSpace, l10n.t('no time complexity')),
    bounds(x.expected, x.expectedSpace, l10n.t('no known complexity')),
    comparisonWords(x.comparison),
  );
}

/** "Measured growth of your final solution: about linear (×8.3 time for ×8.0 size); against your plan matches it, …" */
export function measuredSentence(m: MeasuredScaling): string {
  return l10n.t(
    'Measured growth of your final solution: {0}{1}; against your plan {2}, against the expected {3}.',
    m.relative.kind === 'too_few_sizes'
      ? l10n.t('too quick to tell at the sizes measured')
      : m.growthRank === null ? m.growth : l10n.t('about {0}', growthRankWords(m.growthRank)),
    measuredFactorsWords(m),
    comparisonWords(m.versusStated),
    comparisonWords(m.versusExpected),
  );
}

/** The webview's line on the largest hidden tests of the last submit. */
export function largestTestsSentence(x: ComplexityReport): string {
  const passed = x.maxSizeTests.filter((t) => t.verdict === 'accepted').length;
  if (x.meetsExpected === true) return l10n.t('Largest hidden tests on the last submit: {0} of {1} passed, so the accepted solution scales.', passed, x.maxSizeTests.length);
  const verdicts = [...new Set(x.maxSizeTests.filter((t) => t.verdict !== 'accepted').map((t) => verdictWords(t.verdict)))].join(', ');
  return l10n.t('Largest hidden tests on the last submit: {0} of {1} passed ({2}).', passed, x.maxSizeTests.length, verdicts);
}

/** The Markdown export's shorter line on the same tests. */
export function largestTestsLine(x: ComplexityReport): string {
  const passed = x.maxSizeTests.filter((t) => t.verdict === 'accepted').length;
  return x.meetsExpected === true
    ? l10n.t('Largest hidden tests on the last submit: {0} of {1} passed — the solution scales.', passed, x.maxSizeTests.length)
    : l10n.t('Largest hidden tests on the last submit: {0} of {1} passed.', passed, x.maxSizeTests.length);
}
