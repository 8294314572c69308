/** Phase names as both webviews show them. A switch rather than a table so the exporter sees each literal. */
import * as l10n from '@vscode/l10n';
import type { Phase } from '../../problems/types';

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
