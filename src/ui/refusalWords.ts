/**
 * The engine's refusals in the display language. A switch rather than a table so the l10n exporter sees
 * each literal; free of `vscode` (it uses @vscode/l10n, which gets vscode.l10n's bundle at activation)
 * so tests assert the English wording through this same function.
 */
import * as l10n from '@vscode/l10n';
import type { Refusal } from '../core/refusals';

export function refusalWords(refusal: Refusal): string {
  switch (refusal.id) {
    case 'session_closed':
      return l10n.t('The session is closed.');
    case 'interview_ended':
      return l10n.t('The interview has ended.');
    case 'confirm_move_on':
      return l10n.t('Some exit criteria are not met; confirm to move on anyway.');
    case 'confirm_submit':
      return l10n.t('Some exit criteria are not met; confirm to submit anyway.');
    case 'question_empty':
      return l10n.t('The question is empty.');
    case 'ask_back_needs_choice':
      return l10n.t('An ask-back needs at least one choice.');
    case 'not_asked_back':
      return l10n.t('That question was not asked back.');
    case 'already_settled':
      return l10n.t('That question is already settled.');
    case 'assumption_empty':
      return l10n.t('The assumption is empty.');
    case 'note_empty':
      return l10n.t('The note is empty.');
    case 'runs_in_code_and_test':
      return l10n.t('Runs happen in the code and test phases.');
    case 'custom_test_needs_id':
      return l10n.t('A custom test needs an id.');
    case 'hints_off_in_strict':
      return l10n.t('Hints are off in strict mode.');
    case 'invalid_hint_index':
      return l10n.t('Invalid hint index.');
    case 'no_pause_in_strict':
      return l10n.t('The timer cannot be paused in strict mode.');
    case 'already_paused':
      return l10n.t('Already paused.');
    case 'not_paused':
      return l10n.t('Not paused.');
    case 'submit_to_finish':
      return l10n.t('Submit to finish the test phase.');
    case 'no_earlier_phase':
      return l10n.t('There is no earlier phase.');
    case 'not_a_choice':
      return l10n.t('"{0}" was not one of the choices.', refusal.clarificationId);
    case 'no_assumption':
      return l10n.t('No assumption {0}.', refusal.assumptionId);
    case 'no_custom_test':
      return l10n.t('No custom test {0}.', refusal.testId);
    case 'submit_from_code_or_test':
      return l10n.t('You can submit from the code or test phase, not from {0}.', refusal.from);
    case 'one_step_at_a_time':
      return l10n.t('Cannot move from {0} to {1}: phases go one step at a time.', refusal.from, refusal.to);
    case 'strict_unmet':
      return l10n.t('Strict mode: before leaving {0}, {1}.', refusal.from, refusal.unmet.map((label) => label.toLowerCase()).join('; '));
    case 'worded':
      return refusal.text;
  }
}
