/**
 * The interview panel beside the editor, on the shared panel base: one at a time, revived after a
 * reload, messages from the webview validated by `parseWebviewMessage` before the controller sees them,
 * and messages to it held until its `ready`, so nothing posted during load is lost.
 */
import * as vscode from 'vscode';
import { parseWebviewMessage } from '../../webview/protocol';
import type { HostMessage, WebviewMessage } from '../../webview/protocol';
import { Views } from '../ids';
import { OnsiteWebviewPanel, PanelSlot } from '../webviewPanel';
import type { PanelLog } from '../webviewPanel';

export interface PanelEvents {
  /** A message from the webview that passed the protocol's validator. */
  onMessage(message: WebviewMessage): void;
  onDidDispose(): void;
  onDidBecomeVisible(): void;
}

const slot = new PanelSlot<InterviewPanel>(Views.interviewPanel);

export class InterviewPanel extends OnsiteWebviewPanel<WebviewMessage, HostMessage> {
  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly events: PanelEvents, log: PanelLog) {
    super(
      panel,
      extensionUri,
      {
        script: 'interview.js',
        stylesheet: 'interview.css',
        title: vscode.l10n.t('Interview'),
        loadingText: vscode.l10n.t('Loading the interview…'),
        allowInlineStyles: true,
        allowImages: true,
      },
      { name: 'interview', parse: parseWebviewMessage, isView: (message) => message.kind === 'view' || message.kind === 'empty' },
      log,
    );
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
  }

  /** Whether the workbench restored an interview tab, which it then revives through the serializer. */
  static tabRestored(): boolean {
    return slot.tabRestored();
  }

  static get active(): InterviewPanel | undefined {
    return slot.active;
  }

  static createOrShow(extensionUri: vscode.Uri, events: PanelEvents, log: PanelLog, preserveFocus = false): InterviewPanel {
    return slot.show(
      { title: vscode.l10n.t('Interview'), column: vscode.ViewColumn.Beside, preserveFocus, extensionUri },
      (panel) => new InterviewPanel(panel, extensionUri, events, log),
    ).panel;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, events: PanelEvents, log: PanelLog): InterviewPanel {
    return slot.revive(() => new InterviewPanel(panel, extensionUri, events, log));
  }

  protected override onMessage(message: WebviewMessage): void {
    this.events.onMessage(message);
  }

  protected override onDidBecomeVisible(): void {
    this.events.onDidBecomeVisible();
  }

  protected override onDidDispose(): void {
    slot.release(this);
    this.events.onDidDispose();
  }
}
