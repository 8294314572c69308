/**
 * The debrief's timeline in the display language: each entry's clock, its line and the detail shown
 * after it (the interviewer's answer, a run's failures, a hint's text). Free of `vscode` (see
 * src/ui/refusalWords.ts) so the Markdown export, the webview view and the tests word it alike.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { FailureDetail, TimelineEntry, TimelineMessage } from '../../core/debrief/timeline';
import { durationWords, verdictWords } from './commonWords';

export interface WordedTimelineEntry {
  clock: string;
  text: string;
  detail: string | null;
}

export function timelineWords(entry: TimelineEntry): WordedTimelineEntry {
  return { clock: formatClock(entry.t), ...messageWords(entry.message) };
}

/** "no test passed: time limit exceeded; the run stopped there, 3 not run", or "failed: Example 2, negatives ×2". */
export function failureDetailWords(d: FailureDetail): string {
  if (d.kind === 'whole_solution') {
    const verdicts = d.verdicts.map(verdictWords).join(', ');
    return d.notRun > 0 ? l10n.t('no test passed: {0}; the run stopped there, {1} not run', verdicts, d.notRun) : l10n.t('no test passed: {0}', verdicts);
  }
  return l10n.t('failed: {0}', d.failed.map((f) => (f.count > 1 ? l10n.t('{0} ×{1}', f.name, f.count) : f.name)).join(', '));
}

function line(text: string, detail: string | null = null): Omit<WordedTimelineEntry, 'clock'> {
  return { text, detail };
}

function messageWords(m: TimelineMessage): Omit<WordedTimelineEntry, 'clock'> {
  switch (m.id) {
    case 'started':
      return line(l10n.t('Started {0} ({1}, {2}, {3} mode).', m.title, m.difficulty, m.language, m.mode));
    case 'went_back':
      return line(l10n.t('Went back from {0} to {1}.', m.from, m.to));
    case 'moved':
      return line(l10n.t('Moved to {0}.', m.to), m.skipped.length > 0 ? l10n.t('skipping: {0}', m.skipped.join('; ')) : null);
    case 'asked':
      return line(m.smallTalk ? l10n.t('Said "{0}"', m.text) : l10n.t('Asked "{0}"', m.text), m.answer);
    case 'ask_back_answered':
      return line(m.question === null ? l10n.t('Answered the ask-back: neither.') : l10n.t('Answered the ask-back: meant "{0}".', m.question), m.answer);
    case 'no_questions':
      return line(l10n.t('Said there were no questions.'));
    case 'assumed':
      return line(l10n.t('Assumed "{0}".', m.text));
    case 'note':
      return line(l10n.t('Note: "{0}"', m.text));
    case 'run':
      return line(l10n.t('Run: {0} / {1} passed ({2}).', m.passed, m.total, verdictWords(m.verdict)), m.failure === null ? null : failureDetailWords(m.failure));
    case 'submit':
      return line(l10n.t('Submit: {0} / {1} hidden tests ({2}).', m.passed, m.total, verdictWords(m.verdict)), m.failure === null ? null : failureDetailWords(m.failure));
    case 'custom_test':
      return line(l10n.t('Added own test {0}.', m.args), m.expected === null ? null : l10n.t('expecting {0}', m.expected));
    case 'hint':
      return line(l10n.t('Revealed hint {0}.', m.number), m.text);
    case 'followup':
      return line(l10n.t('Follow-up "{0}"', m.question), m.answer);
    case 'gave_up':
      return line(l10n.t('Gave up.'));
    case 'time_ran_out':
      return line(l10n.t('Time ran out.'));
    case 'ended':
      return line(l10n.t('Ended: {0}.', m.outcome));
    case 'plan':
      return planWords(m);
    case 'paused':
      if (m.wallMs === null) return line(l10n.t('Paused.'));
      return line(l10n.t('Paused for {0} (not counted).', durationWords(m.wallMs)));
    case 'away':
      return line(m.wallMs === null ? l10n.t('Away (editor closed, reloaded or asleep; not counted).') : l10n.t('Away for {0} (editor closed, reloaded or asleep; not counted).', durationWords(m.wallMs)));
  }
}

function planWords(m: Extract<TimelineMessage, { id: 'plan' }>): Omit<WordedTimelineEntry, 'clock'> {
  const approach = m.approach === '' ? l10n.t('(no approach written)') : m.approach;
  const text = m.editedFrom === null ? l10n.t('Plan: "{0}"', approach) : l10n.t('Plan edited from {0} to {1}: "{2}"', formatClock(m.editedFrom.from), formatClock(m.editedFrom.to), approach);
  if (m.time !== '' && m.space !== '') return line(text, l10n.t('{0} time, {1} space', m.time, m.space));
  if (m.time !== '') return line(text, l10n.t('{0} time', m.time));
  return line(text, m.space === '' ? null : l10n.t('{0} space', m.space));
}
