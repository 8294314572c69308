/** How a past session's outcome reads in lists: the same words in the tree and the overview. */
import { ordinal } from '../../core/debrief/clock';
import type { SessionSummary } from '../../core/history/sessionSummary';

export function outcomeWords(s: SessionSummary): string {
  if (s.acceptedOnSubmit !== null) return s.acceptedOnSubmit === 1 ? 'accepted' : `accepted on ${ordinal(s.acceptedOnSubmit)} submit`;
  switch (s.outcome) {
    case 'gave_up':
      return 'gave up';
    case 'expired':
      return 'time ran out';
    case 'rejected':
      return 'not accepted';
    case 'accepted':
      return 'accepted';
    default:
      return 'unfinished';
  }
}
