/**
 * The one entry point the extension calls to add the debrief panel, the History view and their
 * commands. Everything is registered here and owned by the extension context.
 */
import * as vscode from 'vscode';
import { HistoryActions, registerHistoryCommands } from '../history/commands';
import { HistoryTree } from '../history/historyView';
import { Views } from '../ids';
import { currentSettings, onDidChangeSettings } from '../config';
import { DebriefPanel } from './debriefPanel';
import type { DebriefPanelContext } from './debriefPanel';
import { DebriefLibrary } from './library';
import type { DebriefDeps } from './library';
import type { DebriefService } from './service';

export type { DebriefDeps } from './library';

export function registerDebriefAndHistory(context: vscode.ExtensionContext, deps: DebriefDeps): DebriefService {
  const library = new DebriefLibrary(deps, () => ({ silenceThresholdMs: currentSettings().debriefSilentStretchMinutes * 60_000 }));
  const showError = (what: string, error: unknown): void => {
    deps.log.error(`${what} failed`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Onsite: {0}', error instanceof Error ? error.message : String(error)));
  };
  const tree = new HistoryTree(library, (error) => { deps.log.error('History view failed', error); });
  const view = vscode.window.createTreeView(Views.history, { treeDataProvider: tree });
  const actions = new HistoryActions(library, tree, deps.log);

  const panelContext: DebriefPanelContext = {
    extensionUri: context.extensionUri,
    library,
    log: deps.log,
    exportMarkdown: (sessionId) => actions.exportMarkdown(sessionId),
    exportHistory: () => actions.exportHistory(),
    importHistory: () => actions.importHistory(),
    historyChanged: () => { tree.refresh(); },
  };

  const settingsListeners: vscode.Disposable[] = [];
  onDidChangeSettings((_settings, affects) => {
    if (!affects('debrief.silentStretchMinutes')) return;
    library.forget();
    tree.refresh();
    DebriefPanel.refresh();
  }, settingsListeners);

  const describe = (): void => { view.description = tree.describeFilter(); };
  context.subscriptions.push(
    tree,
    view,
    tree.onDidChangeTreeData(describe),
    vscode.window.registerWebviewPanelSerializer(Views.debriefPanel, {
      deserializeWebviewPanel: (panel, state: unknown) => {
        DebriefPanel.revive(panel, panelContext, state);
        return Promise.resolve();
      },
    }),
    ...settingsListeners,
    ...registerHistoryCommands(actions, tree, panelContext, showError),
    { dispose: () => { DebriefPanel.disposeCurrent(); } },
  );
  return {
    open: (sessionId) => {
      DebriefPanel.createOrShow(panelContext, { kind: 'session', sessionId });
      return Promise.resolve();
    },
    historyChanged: () => {
      tree.refresh();
      DebriefPanel.refresh();
    },
  };
}
