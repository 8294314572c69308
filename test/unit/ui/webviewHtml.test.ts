import { strict as assert } from 'node:assert';
import { contentSecurityPolicy, renderWebviewDocument } from '../../../src/ui/webviewHtml';
import type { WebviewDocumentParts } from '../../../src/ui/webviewHtml';

const CSP_SOURCE = 'https://*.vscode-cdn.net';

function parts(overrides: Partial<WebviewDocumentParts> = {}): WebviewDocumentParts {
  return {
    nonce: 'bm9uY2Uvbm9uY2Urbm9uY2U=',
    cspSource: CSP_SOURCE,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/interview.js',
    stylesheetUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/interview.css',
    language: 'en',
    title: 'Interview',
    loadingText: 'Loading the interview…',
    allowInlineStyles: true,
    allowImages: true,
    translations: undefined,
    ...overrides,
  };
}

/** The attribute's text as a browser hands it to `dataset`: numeric entities decoded. */
function attribute(html: string, name: string): string | undefined {
  const match = new RegExp(` ${name}="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('webview document', () => {
  it('keeps each panel its own CSP, from default-src none with a script nonce', () => {
    const nonce = 'abc';
    assert.equal(
      contentSecurityPolicy({ nonce, cspSource: CSP_SOURCE, allowInlineStyles: true, allowImages: true }),
      `default-src 'none'; style-src ${CSP_SOURCE} 'unsafe-inline'; font-src ${CSP_SOURCE}; img-src ${CSP_SOURCE} data:; script-src 'nonce-abc'`,
    );
    assert.equal(
      contentSecurityPolicy({ nonce, cspSource: CSP_SOURCE, allowInlineStyles: false, allowImages: false }),
      `default-src 'none'; style-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}; script-src 'nonce-abc'`,
    );
  });

  it('loads one script, with the nonce, and inlines none', () => {
    const html = renderWebviewDocument(parts());
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts.join(''), /nonce="bm9uY2Uvbm9uY2Urbm9uY2U="/);
    assert.match(html, /<script [^>]*><\/script>/);
    assert.match(html, /<html lang="en">/);
  });

  it('carries no bundle for English', () => {
    const html = renderWebviewDocument(parts());
    assert.equal(attribute(html, 'data-l10n-bundle'), undefined);
  });

  it('hands over the translations intact, however hostile their text', () => {
    const translations = {
      Ask: 'Fragen',
      'Debrief — {0}': '"><script>alert(1)</script>',
      "Don't": "L'&amp; <b>",
    };
    const html = renderWebviewDocument(parts({ translations, title: '<Entretien & "co">', loadingText: '</p><script>x</script>' }));
    assert.deepEqual(JSON.parse(attribute(html, 'data-l10n-bundle') ?? 'null'), translations);
    assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'no markup escapes from the bundle, title or loading text');
    assert.match(html, /<title>&#60;Entretien &#38; &#34;co&#34;&#62;<\/title>/);
  });
});
