/**
 * The evidence scores in the display language: each dimension's title, the reason for its score and the
 * events it rests on. Switches so the l10n exporter sees each literal; free of `vscode` (see
 * src/ui/refusalWords.ts) so the Markdown export, the webview view, History and the tests word alike.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { EvidenceScore } from '../../core/debrief/scores';
import type { ScoreEvidence, ScoreReason, SessionEnd, TimeUsed } from '../../core/debrief/scoreMessages';
import type { SelfReviewDimension } from '../../vocabulary/interview';
import { list } from './commonWords';
import { failureDetailWords } from './timelineWords';

export function dimensionTitle(d: SelfReviewDimension): string {
  switch (d) {
    case 'problem_solving':
      return l10n.t('Problem solving');
    case 'communication':
      return l10n.t('Communication & clarification');
    case 'code_quality':
      return l10n.t('Code quality');
    case 'testing':
      return l10n.t('Testing & verification');
    case 'time_management':
      return l10n.t('Time management');
  }
}

/** The reason as the Markdown export states it: a null score says "not enough evidence" first. */
export function scoreReasonLine(e: EvidenceScore): string {
  return e.score === null ? l10n.t('not enough evidence: {0}', reasonWords(e.reason)) : reasonWords(e.reason);
}

function endWords(end: SessionEnd): string {
  if (end.outcome === null) return l10n.t('the session is not finished');
  if (end.at === null) return end.outcome === 'gave_up' ? l10n.t('gave up') : end.outcome === 'expired' ? l10n.t('time ran out') : end.outcome;
  const at = formatClock(end.at);
  return end.outcome === 'gave_up' ? l10n.t('gave up at {0}', at) : end.outcome === 'expired' ? l10n.t('time ran out at {0}', at) : l10n.t('{0} at {1}', end.outcome, at);
}

function timeUsedWords(t: TimeUsed): string {
  return l10n.t('{0} of {1} used', formatClock(t.usedMs), formatClock(t.limitMs));
}

function attemptsWords(n: number): string {
  return n === 1 ? l10n.t('1 run or submit') : l10n.t('{0} runs and submits', n);
}

function ownTestRunsWords(n: number): string {
  return n === 1 ? l10n.t('1 run with your own tests') : l10n.t('{0} runs with your own tests', n);
}

function countWords(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Why a score is what it is, without the "not enough evidence" of a null score. */
export function reasonWords(r: ScoreReason): string {
  switch (r.id) {
    case 'no_plan_no_code':
      return l10n.t('no plan and no code ran ({0})', endWords(r.end));
    case 'not_accepted':
      return r.best === null
        ? l10n.t('not accepted ({0}); no code ran', endWords(r.end))
        : l10n.t('not accepted ({0}); at best {1} of {2} tests passed', endWords(r.end), r.best.passed, r.best.total);
    case 'accepted': {
      const parts = [l10n.t('accepted on submit {0}', r.onSubmit)];
      if (r.missedComplexity) parts.push(l10n.t('complexity missed the expected bound'));
      if (r.hints > 0) parts.push(countWords(r.hints, l10n.t('1 hint'), l10n.t('{0} hints', r.hints)));
      return parts.join('; ');
    }
    case 'nothing_said_no_key_questions':
      return l10n.t('no question, assumption or note, and this problem has no key questions');
    case 'ended_in_clarify':
      return l10n.t('the session ended in clarify ({0}) before any question', endWords(r.end));
    case 'communication': {
      const parts = [
        r.keyQuestions === null
          ? countWords(r.questions, l10n.t('1 question asked (this problem has no key questions)'), l10n.t('{0} questions asked (this problem has no key questions)', r.questions))
          : l10n.t('{0} of {1} key questions asked', r.keyQuestions.asked, r.keyQuestions.total),
      ];
      if (r.silences > 0) parts.push(countWords(r.silences, l10n.t('1 silent stretch'), l10n.t('{0} silent stretches', r.silences)));
      parts.push(countWords(r.notes, l10n.t('1 note'), l10n.t('{0} notes', r.notes)));
      return parts.join('; ');
    }
    case 'never_ran':
      return l10n.t('the code was never run');
    case 'every_test_timed_out':
      return l10n.t('no test finished in {0} (every test that ran timed out)', attemptsWords(r.attempts));
    case 'crashes': {
      const attempts = attemptsWords(r.attempts);
      if (r.crashes === 0) return l10n.t('0 of {0} that reached the tests ended in a runtime or compile error (style is not judged)', attempts);
      return r.fixed
        ? l10n.t('{0} of {1} that reached the tests ended in a runtime or compile error; the last one ran without error (style is not judged)', r.crashes, attempts)
        : l10n.t('{0} of {1} that reached the tests ended in a runtime or compile error; the last one still did (style is not judged)', r.crashes, attempts);
    }
    case 'planted_bugs':
      return l10n.t('{0} of {1} planted bugs caught', r.caught, r.total);
    case 'no_submit_no_own_test':
      return l10n.t('no submit and no own test before the session ended ({0})', endWords(r.end));
    case 'own_tests_never_submitted':
      return l10n.t('{0}; never submitted', ownTestRunsWords(r.runs));
    case 'own_tests_before_submit':
      return l10n.t('{0} before the first submit at {1}', ownTestRunsWords(r.runs), formatClock(r.firstSubmitAt));
    case 'time_ran_out':
      return l10n.t('time ran out before an accepted submit ({0})', timeUsedWords(r.time));
    case 'no_finish_to_pace':
      return l10n.t('{0}, so there was no finish to pace towards ({1})', endWords(r.end), timeUsedWords(r.time));
    case 'over_budget_unfinished':
      return l10n.t('{0} over budget before {1}; {2}', list(r.phases), endWords(r.end), timeUsedWords(r.time));
    case 'paced':
      return r.phases.length === 0
        ? l10n.t('submitted with every phase within budget; {0}', timeUsedWords(r.time))
        : l10n.t('{0} over budget; {1}', list(r.phases), timeUsedWords(r.time));
  }
}

/** One event a score rests on, with its time: "31:40 submit accepted". */
export function evidenceWords(e: ScoreEvidence): string {
  switch (e.id) {
    case 'attempt': {
      const clock = formatClock(e.t);
      const line = e.kind === 'run' ? l10n.t('{0} run: {1} of {2} passed', clock, e.passed, e.total) : l10n.t('{0} submit: {1} of {2} passed', clock, e.passed, e.total);
      const detailed = e.failure === null ? line : l10n.t('{0} ({1})', line, failureDetailWords(e.failure));
      return e.best ? l10n.t('best {0}', detailed) : detailed;
    }
    case 'plan':
      return l10n.t('plan: "{0}"', e.approach);
    case 'hint':
      return l10n.t('{0} hint {1} revealed', formatClock(e.t), e.number);
    case 'submit_accepted':
      return l10n.t('{0} submit accepted', formatClock(e.t));
    case 'planned_vs_expected':
      return l10n.t('planned {0}, expected {1}', e.stated, e.expected);
    case 'largest_test_failed':
      return l10n.t('a largest hidden test failed on the last submit');
    case 'asked':
      return l10n.t('{0} asked "{1}"', formatClock(e.t), e.text);
    case 'assumed':
      return l10n.t('{0} assumed "{1}"', formatClock(e.t), e.text);
    case 'note':
      return l10n.t('{0} note', formatClock(e.t));
    case 'silent':
      return l10n.t('{0}–{1} silent coding', formatClock(e.from), formatClock(e.to));
    case 'missed_bug':
      return l10n.t('missed: {0}', e.bug);
    case 'own_tests_run':
      return l10n.t('{0} run with your own tests', formatClock(e.t));
    case 'first_submit':
      return l10n.t('{0} first submit', formatClock(e.t));
    case 'over_budget':
      return l10n.t('{0}: {1} against {2}', e.phase, formatClock(e.spentMs), formatClock(e.budgetMs));
    case 'final_submit':
      return l10n.t('{0} final submit', formatClock(e.t));
  }
}
