/**
 * The History view, its commands and the debrief panel's serializer as activation registers them: the
 * view, the command ids and the serializer exist at once, while their code (the debrief rules, the
 * review schedule with ts-fsrs, the history file format: about 100 KB) is in the lazily loaded
 * features and loads when the view first asks for its rows, a command runs or a debrief comes back.
 */
import * as vscode from 'vscode';
import { HISTORY_COMMANDS, Views } from '../ids';
import { loadFeatures } from '../lazyFeatures';
import type { DebriefDeps, LoadedDebrief } from './register';
import type { DebriefService } from './service';

/** Stands in for the History view's data until the real tree has loaded, then passes everything to it. */
class DeferredTree implements vscode.TreeDataProvider<unknown>, vscode.Disposable {
  private inner: vscode.TreeDataProvider<unknown> | undefined;
  private readonly changed = new vscode.EventEmitter<unknown>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: { dispose(): void }[] = [this.changed];

  constructor(private readonly load: () => Promise<unknown>) {}

  provide(inner: vscode.TreeDataProvider<unknown>): void {
    this.inner = inner;
    const forward = inner.onDidChangeTreeData?.((element) => { this.changed.fire(element); });
    if (forward !== undefined) this.disposables.push(forward);
  }

  async getChildren(element?: unknown): Promise<unknown[]> {
    await this.load();
    return (await this.inner?.getChildren(element)) ?? [];
  }

  getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Rows come only from getChildren, which waited for the real tree.
    if (this.inner === undefined) throw new Error('History view row asked for before its data loaded');
    return this.inner.getTreeItem(element);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerDeferredDebriefAndHistory(context: vscode.ExtensionContext, deps: DebriefDeps): DebriefService {
  const handlers = new Map<string, (arg: unknown) => Promise<void>>();
  let loading: Promise<LoadedDebrief> | undefined;
  const load = (): Promise<LoadedDebrief> => {
    loading ??= loadFeatures().then((features) => features.registerDebriefAndHistory(context, deps, {
      view,
      provideTree: (inner) => { tree.provide(inner); },
      registerCommand: (id, run) => {
        handlers.set(id, run);
        return new vscode.Disposable(() => { handlers.delete(id); });
      },
    }));
    return loading;
  };
  const tree = new DeferredTree(load);
  const view = vscode.window.createTreeView<unknown>(Views.history, { treeDataProvider: tree });
  const failed = (what: string, error: unknown): void => {
    deps.log.error(`${what} failed`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Onsite: {0}', error instanceof Error ? error.message : String(error)));
  };
  context.subscriptions.push(
    view,
    tree,
    ...HISTORY_COMMANDS.map((id) => vscode.commands.registerCommand(id, async (arg: unknown) => {
      try {
        await load();
        const run = handlers.get(id);
        if (run === undefined) throw new Error(`no handler for ${id}`);
        await run(arg);
      } catch (error) {
        failed(id, error);
      }
    })),
    vscode.window.registerWebviewPanelSerializer(Views.debriefPanel, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        try {
          (await load()).revive(panel, state);
        } catch (error) {
          failed('Restoring the debrief panel', error);
        }
      },
    }),
  );
  return {
    open: async (sessionId) => { await (await load()).open(sessionId); },
    // Nothing shows the history before its code loads, and what loads reads it fresh.
    historyChanged: () => { if (loading !== undefined) void loading.then((debrief) => { debrief.historyChanged(); }); },
  };
}
