/**
 * Phase names as the status bar, the budget notices and both webviews show them. A switch rather
 * than a table so the exporter sees each literal; on the host @vscode/l10n gets vscode.l10n's bundle
 * at activation.
 */
import * as l10n from '@vscode/l10n';
import type { Phase } from '../../vocabulary/interview';

export function phaseName(phase: Phase | 'done'): string {
  switch (phase) {
    case 'clarify':
      return l10n.t('Clarify');
    case 'plan':
      return l10n.t('Plan');
    case 'code':
      return l10n.t('Code');
    case 'test':
      return l10n.t('Test');
    case 'done':
      return l10n.t('Done');
  }
}
