/**
 * History's sentences in the display language: recurring weaknesses, why a session got its review grade,
 * and why a problem is suggested next. Switches so the l10n exporter sees each literal; free of `vscode`
 * (see src/ui/refusalWords.ts) so the overview, the Markdown export and the tests word them alike.
 */
import * as l10n from '@vscode/l10n';
import type { GradeReason, PractiseRecord, Suggestion } from '../../core/history/reviewSchedule';
import type { HabitRuleId, Weakness } from '../../core/history/weaknesses';
import { times } from '../debrief/commonWords';

const DAY_MS = 86_400_000;

export function weaknessWords(w: Weakness): string {
  if (w.kind === 'input') return l10n.t('Hidden tests of {0} input failed while other tests passed in {1} of the last {2} sessions', w.input, w.count, w.of);
  return habitWords(w.ruleId, w.count, w.of);
}

function habitWords(id: HabitRuleId, count: number, of: number): string {
  switch (id) {
    case 'key-questions-missed':
      return l10n.t('Skipped key clarifying questions in {0} of the last {1} sessions', count, of);
    case 'coded-before-key-question':
      return l10n.t('Started coding before a key question, then failed those tests in {0} of the last {1} sessions', count, of);
    case 'no-plan-before-code':
      return l10n.t('Started coding without a written plan in {0} of the last {1} sessions', count, of);
    case 'plan-slower-than-expected':
      return l10n.t('Planned a slower complexity than expected in {0} of the last {1} sessions', count, of);
    case 'max-size-tests-failed':
      return l10n.t('Failed the largest hidden tests in {0} of the last {1} sessions', count, of);
    case 'measured-growth-slower':
      return l10n.t('Wrote a solution that grows faster than expected in {0} of the last {1} sessions', count, of);
    case 'submitted-without-running':
      return l10n.t('Submitted without running first in {0} of the last {1} sessions', count, of);
    case 'no-own-test-before-submit':
      return l10n.t('Submitted without running an own test in {0} of the last {1} sessions', count, of);
    case 'mutants-missed':
      return l10n.t('Let planted bugs through your tests in {0} of the last {1} sessions', count, of);
    case 'input-kind-failed-repeatedly':
      return l10n.t('Failed the same kind of input repeatedly while other inputs passed in {0} of the last {1} sessions', count, of);
    case 'solution-failed-every-test':
      return l10n.t('Had runs where no test passed (the whole solution failed: compile error, timeout or crash) in {0} of the last {1} sessions', count, of);
    case 'silent-coding':
      return l10n.t('Coded in long silent stretches in {0} of the last {1} sessions', count, of);
    case 'phase-over-budget':
      return l10n.t('Ran a phase over budget in {0} of the last {1} sessions', count, of);
    case 'hints-revealed':
      return l10n.t('Needed hints in {0} of the last {1} sessions', count, of);
    case 'gave-up':
      return l10n.t('Gave up in {0} of the last {1} sessions', count, of);
    case 'time-expired':
      return l10n.t('Ran out of time in {0} of the last {1} sessions', count, of);
  }
}

/** "accepted with effort: 2 hints", "not accepted (gave up)". */
export function gradeReasonWords(r: GradeReason): string {
  switch (r.id) {
    case 'not_finished':
      return l10n.t('not finished');
    case 'not_accepted':
      return l10n.t('not accepted ({0})', r.outcome.replace('_', ' '));
    case 'effort_hints':
      return r.hints === 1 ? l10n.t('accepted with effort: 1 hint') : l10n.t('accepted with effort: {0} hints', r.hints);
    case 'effort_late_submit':
      return l10n.t('accepted with effort: accepted on submit {0}', r.acceptedOnSubmit);
    case 'effort_rated_low':
      return l10n.t('accepted with effort: you rated yourself low');
    case 'first_submit_confident':
      return l10n.t('accepted on the first submit, rated confidently');
    case 'accepted':
      return l10n.t('accepted');
  }
}

function daysAgo(ms: number): string {
  const d = Math.floor(ms / DAY_MS);
  return d <= 0 ? l10n.t('today') : d === 1 ? l10n.t('yesterday') : l10n.t('{0} days ago', d);
}

function inDays(ms: number): string {
  const d = Math.ceil(ms / DAY_MS);
  return d <= 0 ? l10n.t('today') : d === 1 ? l10n.t('tomorrow') : l10n.t('in {0} days', d);
}

function practisedWords(p: PractiseRecord): string {
  return l10n.t('you practised it {0}, last {1}, and last time it was {2}', times(p.sessions), daysAgo(p.lastPractisedAgoMs), gradeReasonWords(p.lastGrade));
}

/** Why the suggested problem, with the figures it rests on. */
export function suggestionReasonWords(s: Suggestion): string {
  switch (s.why) {
    case 'review_due': {
      const days = Math.floor(s.overdueMs / DAY_MS);
      const practised = practisedWords(s.practised);
      if (days <= 0) return l10n.t('due for review today: {0}', practised);
      return days === 1 ? l10n.t('overdue for review by 1 day: {0}', practised) : l10n.t('overdue for review by {0} days: {1}', days, practised);
    }
    case 'weak_topic': {
      const standing = s.weakest ? l10n.t('your weakest topic') : l10n.t('one of your weaker topics');
      const ago = daysAgo(s.lastPractisedAgoMs);
      return s.sessions === 1
        ? l10n.t('never tried; it practises {0}, {1}: {2} of 1 {0} session accepted on the first submit, the last one {3}', s.topic, standing, s.solvedFirstSubmit, ago)
        : l10n.t('never tried; it practises {0}, {1}: {2} of {3} {0} sessions accepted on the first submit, the last one {4}', s.topic, standing, s.solvedFirstSubmit, s.sessions, ago);
    }
    case 'next_review':
      return l10n.t('no review is due yet and this one comes due first, {0}: {1}', inDays(s.dueInMs), practisedWords(s.practised));
    case 'first_session':
      return l10n.t('never tried; no sessions yet, so start with an easy problem');
  }
}
