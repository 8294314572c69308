/** How a past session's outcome reads in lists: the same words in the tree and the overview. */
import * as l10n from '@vscode/l10n';
import { ordinal } from '../debrief/commonWords';
import type { SessionSummary } from '../../core/history/sessionSummary';

export function outcomeWords(s: SessionSummary): string {
  if (s.acceptedOnSubmit !== null) return s.acceptedOnSubmit === 1 ? l10n.t('accepted') : l10n.t('accepted on {0} submit', ordinal(s.acceptedOnSubmit));
  switch (s.outcome) {
    case 'gave_up':
      return l10n.t('gave up');
    case 'expired':
      return l10n.t('time ran out');
    case 'rejected':
      return l10n.t('not accepted');
    case 'accepted':
      return l10n.t('accepted');
    default:
      return l10n.t('unfinished');
  }
}
