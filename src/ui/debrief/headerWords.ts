/**
 * The lines that head a debrief in the webview and in the Markdown export: the session's title, its
 * time and absences, and how it ended. Free of `vscode` (see src/ui/refusalWords.ts).
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { Debrief } from '../../core/debrief/debrief';
import { ordinal, times } from './commonWords';
import { LANGUAGE_NAMES } from '../../vocabulary/languages';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Two Sum (easy) · JavaScript · practice mode" */
export function sessionTitle(d: Debrief, title = d.problem.title): string {
  return l10n.t('{0} ({1}) · {2} · {3} mode', title, d.problem.difficulty, LANGUAGE_NAMES[d.language], d.mode);
}

/** "2026-11-20 19:00 · 15:00 active (limit 25:00)", then the absences. */
export function sessionTimeLine(d: Debrief, date: string): string {
  return l10n.t('{0} · {1} active (limit {2})', date, formatClock(d.activeMs), formatClock(d.phases.overallLimitMs)) + absenceSummary(d.phases);
}

/**
 * " · 1 pause (4:10) · away twice (12:00 in all; editor closed, reloaded or asleep)": pauses count only
 * the ones the user chose; a reload is time away, never a pause.
 */
export function absenceSummary(phases: Debrief['phases']): string {
  const parts: string[] = [];
  if (phases.pauses.length > 0) {
    const lengths = phases.pauses.map((p) => (p.wallMs === null ? l10n.t('not resumed') : formatClock(p.wallMs))).join(', ');
    parts.push(phases.pauses.length === 1 ? l10n.t('1 pause ({0})', lengths) : l10n.t('{0} pauses ({1})', phases.pauses.length, lengths));
  }
  if (phases.away.length > 0) {
    const total = phases.away.reduce((sum, a) => sum + (a.wallMs ?? 0), 0);
    parts.push(l10n.t('away {0} ({1} in all; editor closed, reloaded or asleep)', times(phases.away.length), formatClock(total)));
  }
  return parts.map((p) => ` · ${p}`).join('');
}

export function outcomeLine(d: Debrief): string {
  if (d.tests.acceptedOnSubmit !== null) return l10n.t('Accepted on the {0} submit', ordinal(d.tests.acceptedOnSubmit));
  switch (d.outcome) {
    case 'gave_up':
      return l10n.t('Gave up');
    case 'expired':
      return l10n.t('Time ran out');
    case 'rejected':
      return l10n.t('Not accepted');
    case 'accepted':
      return l10n.t('Accepted');
    default:
      return l10n.t('Unfinished');
  }
}
