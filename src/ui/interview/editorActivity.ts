/**
 * The candidate's activity in the editor, recorded on the current session: typing in the solution file
 * (edit summaries), moving in it (activity, against idle), window focus, and the `solutionOpen` context
 * key that shows Run in the editor's title.
 */
import * as vscode from 'vscode';
import { ContextKeys } from '../ids';
import type { InterviewRoom } from './room';

export class EditorActivity implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly room: () => InterviewRoom | undefined) {
    vscode.window.onDidChangeWindowState((e) => { this.room()?.session.focusChanged(e.focused); }, null, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => { this.noteEdit(e); }, null, this.disposables);
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (this.isSolution(e.textEditor.document)) this.room()?.session.noteActivity();
    }, null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((e) => {
      void vscode.commands.executeCommand('setContext', ContextKeys.solutionOpen, e !== undefined && this.isSolution(e.document));
    }, null, this.disposables);
  }

  private isSolution(document: vscode.TextDocument): boolean {
    const file = this.room()?.session.state.solutionPath;
    return file !== undefined && file !== null && document.uri.fsPath === file;
  }

  private noteEdit(event: vscode.TextDocumentChangeEvent): void {
    if (!this.isSolution(event.document)) return;
    let added = 0;
    let removed = 0;
    for (const change of event.contentChanges) {
      added += change.text.length;
      removed += change.rangeLength;
    }
    if (added > 0 || removed > 0) this.room()?.session.noteEdit(added, removed);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
