/** One unobtrusive notification per budget threshold the session reports crossing; never modal. */
import * as vscode from 'vscode';
import type { BudgetAlert } from '../../core/budgets';

const NAMES = { clarify: 'Clarify', plan: 'Plan', code: 'Code', test: 'Test', overall: 'The interview' } as const;

export function announceBudgetAlert(alert: BudgetAlert, enabled: boolean): void {
  if (!enabled) return;
  const scope = vscode.l10n.t(NAMES[alert.scope]);
  const minutes = Math.round(alert.budgetMs / 60_000);
  const text =
    alert.threshold === 100
      ? vscode.l10n.t('{0} has used its whole budget of {1} min.', scope, minutes)
      : vscode.l10n.t('{0} is at 80 % of its {1} min budget.', scope, minutes);
  // Not awaited: the notification must never hold up the clock.
  void vscode.window.showInformationMessage(text);
}
