/**
 * The problems the UI offers: the bundled bank plus the user's folders from `onsite.problemFolders`.
 * Loaded on first need, reloaded when the folders setting changes or files under a user folder change.
 * Broken folders stay visible (in the explorer and in the Problems panel on their problem.json) so an
 * author sees why their problem is missing.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ProblemBank } from '../problems/loader';
import { formatProblemIssue } from '../problems/types';
import type { BrokenProblem, Problem } from '../problems/types';
import { loadFeatures } from './lazyFeatures';

export class ProblemBankService implements vscode.Disposable {
  private loading: Promise<ProblemBank> | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('onsite-problems');
  private readonly changed = new vscode.EventEmitter<ProblemBank>();
  private watchers: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundledDir: string,
    private userFolders: string[],
  ) {}

  /** The bank, loading it if nobody has yet. */
  bank(): Promise<ProblemBank> {
    this.loading ??= this.load();
    return this.loading;
  }

  get loaded(): boolean {
    return this.loading !== undefined;
  }

  async find(problemId: string): Promise<Problem | undefined> {
    return (await this.bank()).problems.find((p) => p.meta.id === problemId);
  }

  /**
   * For reopening an interview after a reload: before the bank has loaded, a bundled problem is read
   * from its own folder (its id is the folder's name), so the panel waits for one problem, not all of
   * them. Starting an interview still loads the whole bank, which reports broken user folders.
   */
  async findToResume(problemId: string): Promise<Problem | undefined> {
    if (this.loading === undefined && /^[a-z0-9-]+$/.test(problemId)) {
      const { loadProblem } = await loadFeatures();
      const single = await loadProblem(path.join(this.bundledDir, problemId), 'bundled');
      if (single.ok && single.problem.meta.id === problemId) return single.problem;
    }
    return this.find(problemId);
  }

  setUserFolders(folders: string[]): void {
    this.userFolders = folders;
    this.reload();
  }

  reload(): void {
    if (this.loading === undefined) return;
    this.loading = this.load();
  }

  private resolvedUserFolders(): string[] {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return this.userFolders.map((f) => {
      const expanded = f.startsWith('~') ? path.join(process.env.HOME ?? '', f.slice(1)) : f;
      return path.isAbsolute(expanded) || base === undefined ? expanded : path.join(base, expanded);
    });
  }

  private async load(): Promise<ProblemBank> {
    const userFolders = this.resolvedUserFolders();
    // The loader and its schema validator are in the lazily loaded part of the extension.
    const { loadProblemBank } = await loadFeatures();
    const bank = await loadProblemBank([
      { path: this.bundledDir, origin: 'bundled' },
      ...userFolders.map((p) => ({ path: p, origin: 'user' as const })),
    ]);
    bank.problems.sort((a, b) => a.meta.title.localeCompare(b.meta.title));
    this.report(bank.broken);
    this.watch(userFolders);
    this.changed.fire(bank);
    return bank;
  }

  private report(broken: readonly BrokenProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of broken) {
      for (const issue of problem.issues) {
        const file = path.isAbsolute(issue.file) ? issue.file : path.join(problem.dir, issue.file.endsWith('.json') || issue.file.includes('.') ? issue.file : 'problem.json');
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), formatProblemIssue(issue), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Onsite';
        const list = byFile.get(file) ?? [];
        list.push(diagnostic);
        byFile.set(file, list);
      }
    }
    for (const [file, list] of byFile) this.diagnostics.set(vscode.Uri.file(file), list);
  }

  private watch(folders: string[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      // Saving a problem touches several files at once; reload once they settle.
      timer = setTimeout(() => { this.reload(); }, 500);
    };
    for (const folder of folders) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), '**/*'));
      watcher.onDidChange(schedule, null, this.watchers);
      watcher.onDidCreate(schedule, null, this.watchers);
      watcher.onDidDelete(schedule, null, this.watchers);
      this.watchers.push(watcher, new vscode.Disposable(() => { if (timer !== undefined) clearTimeout(timer); }));
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
