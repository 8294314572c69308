/** The webviews' options, in a module of its own so the activation bundle can open a panel without the panel code. */
import * as vscode from 'vscode';

/** Scripts on, command URIs off, and only the bundle and media folders readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
