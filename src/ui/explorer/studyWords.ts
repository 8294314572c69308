/**
 * The study list's words in the display language. One literal per topic so the l10n exporter sees each;
 * free of `vscode` (see src/ui/refusalWords.ts) so tests word them as the views do.
 */
import * as l10n from '@vscode/l10n';
import type { StudySection } from './studyPlan';

export function sectionName(section: StudySection): string {
  if (section === 'extra') return l10n.t('Extra (not on the list)');
  switch (section.id) {
    case 'arrays-and-hashing':
      return l10n.t('Arrays & Hashing');
    case 'two-pointers':
      return l10n.t('Two Pointers');
    case 'sliding-window':
      return l10n.t('Sliding Window');
    case 'stack':
      return l10n.t('Stack');
    case 'binary-search':
      return l10n.t('Binary Search');
    case 'linked-list':
      return l10n.t('Linked List');
    case 'trees':
      return l10n.t('Trees');
    case 'tries':
      return l10n.t('Tries');
    case 'heap-priority-queue':
      return l10n.t('Heap / Priority Queue');
    case 'backtracking':
      return l10n.t('Backtracking');
    case 'graphs':
      return l10n.t('Graphs');
    case 'advanced-graphs':
      return l10n.t('Advanced Graphs');
    case '1-d-dynamic-programming':
      return l10n.t('1-D Dynamic Programming');
    case '2-d-dynamic-programming':
      return l10n.t('2-D Dynamic Programming');
    case 'greedy':
      return l10n.t('Greedy');
    case 'intervals':
      return l10n.t('Intervals');
    case 'math-and-geometry':
      return l10n.t('Math & Geometry');
    case 'bit-manipulation':
      return l10n.t('Bit Manipulation');
    default:
      return section.name;
  }
}

/** A section's progress line: "3 of 9 solved". */
export function solvedOf(solved: number, total: number): string {
  return l10n.t('{0} of {1} solved', solved, total);
}
