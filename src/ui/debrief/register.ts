/**
 * The debrief panel, the History view and their commands, wired once their code has loaded (see
 * deferredHistory.ts, which registered the view, the command ids and the serializer at activation).
 * Everything is owned by the extension context.
 */
import * as vscode from 'vscode';
import { HistoryActions, registerHistoryCommands, type CommandSink } from '../history/commands';
import { HistoryTree } from '../history/historyView';
import { currentSettings, onDidChangeSettings } from '../config';
import { DebriefPanel } from './debriefPanel';
import type { DebriefPanelContext } from './debriefPanel';
import { DebriefLibrary } from './library';
import type { DebriefDeps } from './library';
import type { DebriefService } from './service';

export type { DebriefDeps } from './library';

/** What activation registered before this code loaded: the view (its data comes from here), and where command handlers go. */
export interface HistoryShell {
  view: vscode.TreeView<unknown>;
  provideTree(tree: vscode.TreeDataProvider<unknown>): void;
  registerCommand: CommandSink;
}

export interface LoadedDebrief extends DebriefService {
  /** A debrief panel the workbench restored after a reload. */
  revive(panel: vscode.WebviewPanel, state: unknown): void;
}

export function registerDebriefAndHistory(context: vscode.ExtensionContext, deps: DebriefDeps, shell: HistoryShell): LoadedDebrief {
  const library = new DebriefLibrary(deps, () => ({ silenceThresholdMs: currentSettings().debriefSilentStretchMinutes * 60_000 }));
  const showError = (what: string, error: unknown): void => {
    deps.log.error(`${what} failed`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Onsite: {0}', error instanceof Error ? error.message : String(error)));
  };
  const tree = new HistoryTree(library, (error) => { deps.log.error('History view failed', error); });
  const view = shell.view;
  shell.provideTree(tree);
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
    tree.onDidChangeTreeData(describe),
    ...settingsListeners,
    ...registerHistoryCommands(actions, tree, panelContext, showError, shell.registerCommand),
    { dispose: () => { DebriefPanel.disposeCurrent(); } },
  );
  return {
    revive: (panel, state) => { DebriefPanel.revive(panel, panelContext, state); },
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
