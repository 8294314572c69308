/** Live settings: read through `readSettings` on every access, so a change applies without a reload. */
import * as vscode from 'vscode';
import { readSettings } from './settings';
import type { OnsiteSettings } from './settings';

export function currentSettings(): OnsiteSettings {
  const configuration = vscode.workspace.getConfiguration('onsite');
  return readSettings((key) => configuration.get(key));
}

export function onDidChangeSettings(listener: (settings: OnsiteSettings, affects: (key: string) => boolean) => void, disposables: vscode.Disposable[]): void {
  vscode.workspace.onDidChangeConfiguration(
    (event) => {
      if (event.affectsConfiguration('onsite')) listener(currentSettings(), (key) => event.affectsConfiguration(`onsite.${key}`));
    },
    null,
    disposables,
  );
}
