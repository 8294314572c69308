/**
 * The one HTML shell of both webview panels. Everything it loads comes from the extension's own folders
 * through `asWebviewUri`; the CSP starts from default-src 'none' and allows a script only with this
 * load's nonce.
 */
import { randomBytes } from 'node:crypto';
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

export function webviewDocument(options: WebviewDocumentOptions): string {
  const { webview, extensionUri } = options;
  return renderWebviewDocument({
    nonce: randomBytes(18).toString('base64'),
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', options.script)).toString(),
    stylesheetUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', options.stylesheet)).toString(),
    language: vscode.env.language,
    title: options.title,
    loadingText: options.loadingText,
    allowInlineStyles: options.allowInlineStyles,
    allowImages: options.allowImages,
    translations: vscode.l10n.bundle,
  });
}
