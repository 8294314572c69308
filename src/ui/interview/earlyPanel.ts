/**
 * After a reload whose editor layout was lost, the interview panel is opened from the activation
 * bundle, before the interview's code (dist/features.js) is evaluated: the workbench makes the
 * panel's frame while that code loads, and InterviewPanel.revive then adopts the panel as it adopts
 * one the serializer restored. Same view type and options as InterviewPanel's own.
 */
import * as vscode from 'vscode';
import { Views } from '../ids';
import { webviewOptions } from '../webviewOptions';

/** Whether the workbench restored an interview tab itself (it then revives it through the serializer). */
function interviewTabRestored(): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(Views.interviewPanel)));
}

/** A bare interview panel beside the editor, or undefined when the workbench restored one. */
export function openInterviewPanelEarly(extensionUri: vscode.Uri): vscode.WebviewPanel | undefined {
  if (interviewTabRestored()) return undefined;
  return vscode.window.createWebviewPanel(
    Views.interviewPanel,
    vscode.l10n.t('Interview'),
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { ...webviewOptions(extensionUri), retainContextWhenHidden: false },
  );
}
