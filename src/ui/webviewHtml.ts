/**
 * The HTML text of a webview panel's document, from values already resolved by `webviewDocument`. Free of
 * `vscode` so the unit tests read the policy and the escaping directly.
 */

export interface WebviewDocumentParts {
  nonce: string;
  /** `webview.cspSource`: the origin the extension's own files are served from. */
  cspSource: string;
  scriptUri: string;
  stylesheetUri: string;
  /** `vscode.env.language`, for the document's `lang`. */
  language: string;
  title: string;
  loadingText: string;
  /** The interview's @vscode-elements components need inline styles; the debrief's plain HTML does not. */
  allowInlineStyles: boolean;
  /** Images from the extension's folders and `data:` URIs (@vscode-elements inlines some); otherwise none. */
  allowImages: boolean;
  /** `vscode.l10n.bundle`: translations keyed by the English string; undefined when showing English. */
  translations: Readonly<Record<string, string>> | undefined;
}

/** Every character that can end an attribute value or open markup, as a numeric entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(parts: Pick<WebviewDocumentParts, 'nonce' | 'cspSource' | 'allowInlineStyles' | 'allowImages'>): string {
  return [
    "default-src 'none'",
    parts.allowInlineStyles ? `style-src ${parts.cspSource} 'unsafe-inline'` : `style-src ${parts.cspSource}`,
    `font-src ${parts.cspSource}`,
    ...(parts.allowImages ? [`img-src ${parts.cspSource} data:`] : []),
    `script-src 'nonce-${parts.nonce}'`,
  ].join('; ');
}

/**
 * The document carries no data but one: the translation bundle, as JSON in a body attribute. It is there
 * when the script first runs, so every string is translated from the first render, with no inline script
 * for the CSP to allow and no message to wait for; and it is as constant as `lang`, because VS Code
 * restarts the extension host when the display language changes. Views still arrive as messages.
 */
export function renderWebviewDocument(parts: WebviewDocumentParts): string {
  const bundle = parts.translations === undefined ? '' : ` data-l10n-bundle="${escapeHtml(JSON.stringify(parts.translations))}"`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(parts.stylesheetUri)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body${bundle}>
<main id="app" aria-live="off"><p class="loading">${escapeHtml(parts.loadingText)}</p></main>
<div id="notice" role="status" aria-live="polite"></div>
<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>`;
}
