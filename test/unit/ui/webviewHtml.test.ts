import { strict as assert } from 'node:assert';
import * as esbuild from 'esbuild';
import { canInline, contentSecurityPolicy, renderWebviewDocument } from '../../../src/ui/webviewHtml';
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
      `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-abc'; font-src ${CSP_SOURCE}; script-src 'nonce-abc'`,
    );
  });

  it('links the script, with the nonce, and the stylesheet when their text is not at hand', () => {
    const html = renderWebviewDocument(parts());
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts.join(''), /nonce="bm9uY2Uvbm9uY2Urbm9uY2U=" src="https:\/\/file\+[^"]*interview\.js"/);
    assert.match(html, /<script [^>]*><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="[^"]*interview\.css">/);
    assert.match(html, /<html lang="en">/);
  });

  it('writes the script and the stylesheet into the document, the script after the page it draws into', () => {
    const scriptText = 'document.getElementById("app").textContent = "drawn";';
    const stylesheetText = 'main { color: var(--vscode-foreground); }';
    const html = renderWebviewDocument(parts({ scriptText, stylesheetText }));
    assert.equal((html.match(/<script\b[^>]*>/g) ?? []).join(''), '<script nonce="bm9uY2Uvbm9uY2Urbm9uY2U=">');
    assert.ok(html.includes(`>\n${scriptText}\n</script>`));
    assert.ok(html.includes(`<style>\n${stylesheetText}\n</style>`), 'the interview allows inline styles, so its stylesheet needs no nonce');
    assert.ok(!html.includes(' src=') && !html.includes('<link'), 'nothing left to fetch');
    assert.ok(html.indexOf('id="app"') < html.indexOf('<script'));
    // The debrief allows no inline style but its own stylesheet, by the nonce its CSP names.
    const debrief = renderWebviewDocument(parts({ stylesheetText, allowInlineStyles: false }));
    assert.ok(debrief.includes(`<style nonce="bm9uY2Uvbm9uY2Urbm9uY2U=">\n${stylesheetText}`));
    assert.match(attribute(debrief, 'content') ?? '', /style-src https:\/\/\*\.vscode-cdn\.net 'nonce-bm9uY2Uvbm9uY2Urbm9uY2U=';/);
  });

  it('links rather than inlines text that would end its element early', () => {
    for (const scriptText of ['x = "</script><script>alert(1)</script>";', 'x = "<!--<SCRIPT>";', 'x = "</ScRiPt >";']) {
      const html = renderWebviewDocument(parts({ scriptText }));
      assert.ok(!html.includes(scriptText), scriptText);
      assert.match(html, /<script nonce="[^"]+" src="[^"]+"><\/script>/);
    }
    const html = renderWebviewDocument(parts({ stylesheetText: 'p{}</style><script>alert(1)</script>' }));
    assert.ok(!html.includes('alert(1)'));
    assert.match(html, /<link rel="stylesheet"/);
    // Markup that cannot end the element stays inline: `<!--` alone, `<b>`, a `</scripts` name.
    assert.ok(canInline('x = "<!-->"; y = "<b>"; z = "</style>";', 'script'));
    assert.ok(canInline('a::after { content: "<script>"; }', 'style'));
  });

  it('can inline both panels\' real bundles', async () => {
    // Bundled as the build does: a dependency that began writing "<script" in a string would quietly
    // send every panel back to fetching its script after a reload.
    for (const entry of ['src/webview/interview/main.ts', 'src/webview/debrief/main.ts']) {
      const built = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022', minify: true, logLevel: 'silent' });
      const text = built.outputFiles[0]?.text ?? '';
      assert.ok(text.length > 10_000, `${entry} bundled`);
      assert.ok(canInline(text, 'script'), `${entry}'s bundle contains "<script" or "</script"`);
    }
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
