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
  /**
   * The bundle's and the stylesheet's own text, when the extension could read them: written into the
   * document instead of linked (see `renderWebviewDocument`). Undefined, or text that could end its
   * element early, falls back to the link.
   */
  scriptText?: string;
  stylesheetText?: string;
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

/**
 * Whether text can sit inside a `<script>` or `<style>` element without ending it early. A style ends
 * only at `</style`; a script also at `</script`, and a `<script` after `<!--` would hide the real end
 * tag from the parser (esbuild already writes `</script` in strings as `<\/script`).
 */
export function canInline(text: string, element: 'script' | 'style'): boolean {
  return !(element === 'script' ? /<\/?script/i : /<\/style/i).test(text);
}

export function contentSecurityPolicy(parts: Pick<WebviewDocumentParts, 'nonce' | 'cspSource' | 'allowInlineStyles' | 'allowImages'>): string {
  return [
    "default-src 'none'",
    // 'unsafe-inline' already admits the inline stylesheet; without it the stylesheet carries the nonce
    // (a nonce beside 'unsafe-inline' would switch the latter off, and with it the elements' inline styles).
    parts.allowInlineStyles ? `style-src ${parts.cspSource} 'unsafe-inline'` : `style-src ${parts.cspSource} 'nonce-${parts.nonce}'`,
    `font-src ${parts.cspSource}`,
    ...(parts.allowImages ? [`img-src ${parts.cspSource} data:`] : []),
    `script-src 'nonce-${parts.nonce}'`,
  ].join('; ');
}

/**
 * The page's script and stylesheet are written into the document. Linked, each was fetched after a
 * reload through the webview's service worker and the workbench's file service, both busy restoring the
 * window (0.07–0.7 s in the e2e reload trace, the stylesheet holding the script back); and a view the
 * extension posts while the page loads is delivered when its frame loads or 200 ms after, which a
 * script still in flight missed. Inline, the script runs as the document is parsed, before either.
 *
 * Beside its own code the document carries one piece of data: the translation bundle, as JSON in a body
 * attribute. It is there when the script first runs, so every string is translated from the first render,
 * with no script built from data and no message to wait for; and it is as constant as `lang`, because VS Code
 * restarts the extension host when the display language changes. Views still arrive as messages.
 */
export function renderWebviewDocument(parts: WebviewDocumentParts): string {
  const bundle = parts.translations === undefined ? '' : ` data-l10n-bundle="${escapeHtml(JSON.stringify(parts.translations))}"`;
  const nonce = escapeHtml(parts.nonce);
  const stylesheet =
    parts.stylesheetText !== undefined && canInline(parts.stylesheetText, 'style')
      ? `<style${parts.allowInlineStyles ? '' : ` nonce="${nonce}"`}>\n${parts.stylesheetText}\n</style>`
      : `<link rel="stylesheet" href="${escapeHtml(parts.stylesheetUri)}">`;
  const script =
    parts.scriptText !== undefined && canInline(parts.scriptText, 'script')
      ? `<script nonce="${nonce}">\n${parts.scriptText}\n</script>`
      : `<script nonce="${nonce}" src="${escapeHtml(parts.scriptUri)}"></script>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${stylesheet}
<title>${escapeHtml(parts.title)}</title>
</head>
<body${bundle}>
<main id="app" aria-live="off"><p class="loading">${escapeHtml(parts.loadingText)}</p></main>
<div id="notice" role="status" aria-live="polite"></div>
${script}
</body>
</html>`;
}
