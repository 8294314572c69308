/**
 * The one HTML shell of both webview panels. Its script and stylesheet are the extension's own files,
 * written into the document (linked through `asWebviewUri` when they cannot be read); the CSP starts from
 * default-src 'none' and allows a script only with this load's nonce.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { renderWebviewDocument } from './webviewHtml';

export interface WebviewDocumentOptions {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  /** The bundle's file name in dist/webview. */
  script: string;
  /** The stylesheet's file name in media. */
  stylesheet: string;
  title: string;
  loadingText: string;
  allowInlineStyles: boolean;
  allowImages: boolean;
}

/** The files' text, read once per extension host: they change only with the installed extension. */
const fileTexts = new Map<string, string | undefined>();

function fileText(file: vscode.Uri): string | undefined {
  if (!fileTexts.has(file.fsPath)) {
    let text: string | undefined;
    try {
      text = readFileSync(file.fsPath, 'utf8');
    } catch {
      // Linked instead; the webview reports a file that is really missing.
      text = undefined;
    }
    fileTexts.set(file.fsPath, text);
  }
  return fileTexts.get(file.fsPath);
}

export function webviewDocument(options: WebviewDocumentOptions): string {
  const { webview, extensionUri } = options;
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'webview', options.script);
  const stylesheet = vscode.Uri.joinPath(extensionUri, 'media', options.stylesheet);
  return renderWebviewDocument({
    nonce: randomBytes(18).toString('base64'),
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(script).toString(),
    stylesheetUri: webview.asWebviewUri(stylesheet).toString(),
    scriptText: fileText(script),
    stylesheetText: fileText(stylesheet),
    language: vscode.env.language,
    title: options.title,
    loadingText: options.loadingText,
    allowInlineStyles: options.allowInlineStyles,
    allowImages: options.allowImages,
    translations: vscode.l10n.bundle,
  });
}
