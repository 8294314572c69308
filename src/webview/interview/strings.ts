/**
 * Words for the interview's vocabularies (verdicts, outcomes, difficulty, mode). Switches rather than
 * lookup tables: each string is a literal argument of `l10n.t`, which is what the exporter finds, and
 * nothing is translated before the bundle is configured at start-up.
 */
import * as l10n from '@vscode/l10n';
import type { Verdict } from '../../vocabulary/verdicts';
import type { InterviewView } from '../protocol';
import { exampleNumber } from '../../vocabulary/interview';

export function verdictName(verdict: Verdict): string {
  switch (verdict) {
    case 'accepted':
      return l10n.t('Accepted');
    case 'wrong_answer':
      return l10n.t('Wrong Answer');
    case 'time_limit_exceeded':
      return l10n.t('Time Limit Exceeded');
    case 'memory_limit_exceeded':
      return l10n.t('Memory Limit Exceeded');
    case 'runtime_error':
      return l10n.t('Runtime Error');
    case 'compile_error':
      return l10n.t('Compile Error');
  }
}

export function outcomeSentence(outcome: NonNullable<InterviewView['outcome']>): string {
  switch (outcome) {
    case 'accepted':
      return l10n.t('Accepted — well done.');
    case 'rejected':
      return l10n.t('Submitted, not accepted.');
    case 'gave_up':
      return l10n.t('You gave up on this one.');
    case 'expired':
      return l10n.t('Time ran out.');
  }
}

export function difficultyName(difficulty: InterviewView['problem']['difficulty']): string {
  switch (difficulty) {
    case 'easy':
      return l10n.t('easy');
    case 'medium':
      return l10n.t('medium');
    case 'hard':
      return l10n.t('hard');
  }
}

export function modeName(mode: InterviewView['mode']): string {
  switch (mode) {
    case 'strict':
      return l10n.t('strict');
    case 'practice':
      return l10n.t('practice');
  }
}

/** A test as the panel names it: a visible test by its statement example's number (see exampleNumber). */
export function testCaption(test: { id: string; label: string; source: string }): string {
  const example = exampleNumber(test);
  return example === undefined ? test.label : l10n.t('Example {0}', example);
}
