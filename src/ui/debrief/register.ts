/**
 * The one entry point the extension calls to add the debrief panel, the History view and their
 * commands. Everything is registered here and owned by the extension context.
 */
import * as vscode from 'vscode';
import { DEFAULT_SILENCE_THRESHOLD_MS } from '../../core/debrief/silence';
import { HistoryActions, registerHistoryCommands } from '../history/commands';
import { HISTORY_VIEW_ID, HistoryTree } from '../history/historyView';
import { DEBRIEF_VIEW_TYPE, DebriefPanel } from './debriefPanel';
import type { DebriefPanelContext } from './debriefPanel';
import { DebriefLibrary } from './library';
import type { DebriefDeps } from './library';
import type { DebriefService } from './service';

export type { DebriefDeps } from './library';

/** `onsite.debrief.silentStretchMinutes`: how long coding may go without a note, run or question. */
function silenceThresholdMs(): number {
  const minutes = vscode.workspace.getConfiguration('onsite').get<number>('debrief.silentStretchMinutes');
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 1 ? minutes * 60_000 : DEFAULT_SILENCE_THRESHOLD_MS;
}

export function registerDebriefAndHistory(context: vscode.ExtensionContext, deps: DebriefDeps): DebriefService {
  const library = new DebriefLibrary(deps, () => ({ silenceThresholdMs: silenceThresholdMs() }));
  const showError = (what: string, error: unknown): void => {
    deps.log.error(`${what} failed`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Onsite: {0}', error instanceof Error ? error.message : String(error)));
  };
  const tree = new HistoryTree(library, (error) => { deps.log.error('History view failed', error); });
  const view = vscode.window.createTreeView(HISTORY_VIEW_ID, { treeDataProvider: tree });
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

  const describe = (): void => { view.description = tree.describeFilter(); };
  context.subscriptions.push(
    tree,
    view,
    tree.onDidChangeTreeData(describe),
    vscode.window.registerWebviewPanelSerializer(DEBRIEF_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => {
        DebriefPanel.revive(panel, panelContext, state);
        return Promise.resolve();
      },
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('onsite.debrief.silentStretchMinutes')) {
        library.forget();
        tree.refresh();
        DebriefPanel.refresh();
      }
    }),
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
