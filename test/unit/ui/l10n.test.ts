import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { englishStrings, placeholderKeys } from './manifest';

const root = path.join(__dirname, '..', '..', '..');
const exporter = require.resolve('@vscode/l10n-dev/dist/cli.js');

function keysOf(file: string): string[] {
  return Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>).sort();
}

describe('l10n bundle', () => {
  it('is what `npm run l10n` writes: the exporter over src', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n: string; scripts: Record<string, string> };
    assert.equal(manifest.scripts.l10n, 'vscode-l10n-dev export -o ./l10n ./src');
    assert.equal(manifest.l10n, './l10n');
  });

  it('has exactly the strings the exporter finds in src', async function () {
    // The exporter parses every source file with tree-sitter: about 3 s, more on a busy machine.
    this.timeout(120_000);
    const out = mkdtempSync(path.join(tmpdir(), 'onsite-l10n-'));
    try {
      await promisify(execFile)(process.execPath, [exporter, 'export', '-o', out, './src'], { cwd: root });
      const exported = keysOf(path.join(out, 'bundle.l10n.json'));
      const committed = keysOf(path.join(root, 'l10n', 'bundle.l10n.json'));
      const missing = exported.filter((k) => !committed.includes(k));
      const extra = committed.filter((k) => !exported.includes(k));
      assert.ok(
        missing.length === 0 && extra.length === 0,
        `l10n/bundle.l10n.json is out of date; run npm run l10n.\n` +
          `Missing (in src, not in the bundle): ${JSON.stringify(missing)}\n` +
          `Extra (in the bundle, not in src): ${JSON.stringify(extra)}`,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('manifest strings (package.nls.json)', () => {
  it('defines every %key% package.json uses, and nothing it does not', () => {
    const used = placeholderKeys();
    assert.ok(used.length > 50, `only ${used.length} placeholders: the manifest's strings are not all localisable`);
    const defined = Object.keys(englishStrings);
    assert.deepEqual(used.filter((k) => !defined.includes(k)), [], 'used in package.json, missing from package.nls.json');
    assert.deepEqual(defined.filter((k) => !used.includes(k)), [], 'in package.nls.json, used nowhere');
  });

  it('leaves no user-facing manifest text in package.json itself', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { commands: { title: string }[]; configuration: { properties: Record<string, { description?: string }> }; walkthroughs: { title: string }[] };
    };
    const literal = [
      ...manifest.contributes.commands.map((c) => c.title),
      ...Object.values(manifest.contributes.configuration.properties).map((p) => p.description ?? ''),
      ...manifest.contributes.walkthroughs.map((w) => w.title),
    ].filter((text) => !/^%[\w.-]+%$/.test(text));
    assert.deepEqual(literal, []);
  });
});
