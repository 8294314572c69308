/** One unobtrusive notification per budget threshold the session reports crossing; never modal. */
import * as vscode from 'vscode';
import type { BudgetAlert } from '../../core/budgets';
import { phaseName } from '../../webview/shared/phaseNames';

function scopeName(scope: BudgetAlert['scope']): string {
  return scope === 'overall' ? vscode.l10n.t('The interview') : phaseName(scope);
}

export function announceBudgetAlert(alert: BudgetAlert, enabled: boolean): void {
  if (!enabled) return;
  const scope = scopeName(alert.scope);
  const minutes = Math.round(alert.budgetMs / 60_000);
  const text =
    alert.threshold === 100
      ? vscode.l10n.t('{0} has used its whole budget of {1} min.', scope, minutes)
      : vscode.l10n.t('{0} is at 80 % of its {1} min budget.', scope, minutes);
  // Not awaited: the notification must never hold up the clock.
  void vscode.window.showInformationMessage(text);
}
