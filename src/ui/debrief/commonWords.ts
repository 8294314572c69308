/**
 * Small pieces of the display language the debrief's and History's sentences share. Free of `vscode`
 * (see src/ui/refusalWords.ts), so the Markdown export, the webview view and the tests word alike.
 */
import * as l10n from '@vscode/l10n';

export function times(count: number): string {
  if (count === 1) return l10n.t('once');
  if (count === 2) return l10n.t('twice');
  return l10n.t('{0} times', count);
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
  const last = items[items.length - 1];
  if (items.length <= 1 || last === undefined) return items.join('');
  return l10n.t('{0} and {1}', items.slice(0, -1).join(', '), last);
}

/** A duration in words for sentences: "14 minutes", "1 minute", "40 seconds". */
export function durationWords(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return seconds === 1 ? l10n.t('1 second') : l10n.t('{0} seconds', seconds);
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? l10n.t('1 minute') : l10n.t('{0} minutes', minutes);
}

/**
 * "1st", "2nd", "3rd", "4th", for "accepted on the 2nd submit". English ordinals: a translation's own
 * sentence places the number, and languages without these suffixes get the English form until this
 * takes a locale.
 */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** Sentences built from a lower-case piece start with a capital. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A judge verdict in words: "wrong answer". Unknown ones (a hand-edited log) read as they are. */
export function verdictWords(verdict: string): string {
  switch (verdict) {
    case 'accepted':
      return l10n.t('accepted');
    case 'wrong_answer':
      return l10n.t('wrong answer');
    case 'time_limit_exceeded':
      return l10n.t('time limit exceeded');
    case 'memory_limit_exceeded':
      return l10n.t('memory limit exceeded');
    case 'runtime_error':
      return l10n.t('runtime error');
    case 'compile_error':
      return l10n.t('compile error');
    default:
      return verdict;
  }
}
