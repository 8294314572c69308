/** The extension's one log: an output channel, created on first use so activation stays light. */
import * as vscode from 'vscode';

export class OnsiteLog implements vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;

  private get output(): vscode.LogOutputChannel {
    this.channel ??= vscode.window.createOutputChannel('Onsite', { log: true });
    return this.channel;
  }

  info(message: string): void {
    this.output.info(message);
  }

  warn(message: string): void {
    this.output.warn(message);
  }

  error(message: string, error?: unknown): void {
    this.output.error(error === undefined ? message : `${message}: ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}`);
  }

  show(): void {
    this.output.show(true);
  }

  dispose(): void {
    this.channel?.dispose();
  }
}
