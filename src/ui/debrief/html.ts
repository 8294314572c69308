/**
 * The debrief webview's HTML shell: only the bundle and the stylesheet, through `asWebviewUri`, under a
 * CSP of default-src 'none' with a per-load script nonce. No data is inlined: views arrive as messages.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function debriefHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'debrief.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'debrief.css'));
  const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${vscode.l10n.t('Debrief')}</title>
</head>
<body>
<main id="app"><p class="empty">${vscode.l10n.t('Loading the debrief…')}</p></main>
<div id="notice" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
