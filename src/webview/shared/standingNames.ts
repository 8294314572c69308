/**
 * How a phase's time stands against its budget, as the debrief webview and the Markdown export name it.
 * A switch so the exporter sees each literal; DOM-free, so the host's export uses it too (as it does
 * phaseNames.ts).
 */
import * as l10n from '@vscode/l10n';

export type BudgetStandingName = 'not_reached' | 'short' | 'within' | 'at_budget' | 'over';

export function standingName(standing: BudgetStandingName): string {
  switch (standing) {
    case 'not_reached':
      return l10n.t('not reached');
    case 'short':
      return l10n.t('short');
    case 'within':
      return l10n.t('within');
    case 'at_budget':
      return l10n.t('at budget');
    case 'over':
      return l10n.t('over');
  }
}
