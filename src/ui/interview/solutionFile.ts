/**
 * The session's solution file: one per session, created from the starter only when the code phase
 * begins, in the folder the user chose (`onsite.solutionFolder`) or the extension's own storage.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem } from '../../problems/types';
import type { Language } from '../../core/events';

export function solutionFolder(setting: string, storageDir: string): string {
  if (setting === '') return path.join(storageDir, 'solutions');
  const expanded = setting.startsWith('~') ? path.join(process.env.HOME ?? '', setting.slice(1)) : setting;
  if (path.isAbsolute(expanded)) return expanded;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? storageDir;
  return path.join(base, expanded);
}

const SOLUTION_EXTENSIONS: Record<Language, string> = { javascript: 'js', typescript: 'ts', python: 'py' };

/** `<problem>-<session stamp>.js`: sortable, and unique because the session id is. */
export function solutionFileName(problem: Problem, sessionId: string, language: Language): string {
  const stamp = sessionId.slice(0, 20).replace(/[^0-9TZ-]/g, '');
  return `${problem.meta.id}-${stamp}.${SOLUTION_EXTENSIONS[language]}`;
}

/** Creates the file if it does not exist yet; never overwrites what the candidate wrote. */
export function ensureSolutionFile(file: string, problem: Problem, language: Language): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, problem.starters[language] ?? '', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Opens the solution beside nothing else: the first column, so the interview panel keeps the second. */
export async function showSolution(file: string, panelColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const column = panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

/** What the candidate has typed, saved or not. */
export async function readSolution(file: string): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  if (open !== undefined) return open.getText();
  return (await vscode.workspace.fs.readFile(vscode.Uri.file(file))).toString();
}
