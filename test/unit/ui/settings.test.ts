import { strict as assert } from 'node:assert';
import { hintsAllowed, readSettings } from '../../../src/ui/settings';
import { localisedManifest } from './manifest';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default: unknown; description?: string; type?: string }> } };
}

const manifest = localisedManifest() as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('settings', () => {
  it('defaults to what package.json declares, so the typed mirror cannot drift', () => {
    const fromManifest = readSettings((key) => properties[`onsite.${key}`]?.default);
    const unset = readSettings(() => undefined);
    assert.deepEqual(fromManifest, unset);
  });

  it('declares a type, default and description for every setting', () => {
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(property.type !== undefined, `${key} type`);
      assert.ok(property.description !== undefined && property.description.length > 10, `${key} description`);
      assert.ok('default' in property, `${key} default`);
    }
  });

  it('clamps numbers, ignores wrong types and keeps partial budgets', () => {
    const values: Record<string, unknown> = {
      mode: 'strict',
      timeLimitFactor: 500,
      idleThresholdSeconds: 'soon',
      'budgets.easy': { code: 30, plan: -4 },
      problemFolders: ['/a', 7, ' ', '/b'],
      defaultLanguage: 'cobol',
    };
    const settings = readSettings((key) => values[key]);
    assert.equal(settings.mode, 'strict');
    assert.equal(settings.timeLimitFactor, 10);
    assert.equal(settings.idleThresholdSeconds, 120);
    assert.deepEqual(settings.budgets.easy, { clarify: 3, plan: 1, code: 30, test: 5 });
    assert.deepEqual(settings.problemFolders, ['/a', '/b']);
    assert.equal(settings.defaultLanguage, 'javascript');
  });

  it('allows hints in practice always and in strict mode only when enabled', () => {
    assert.equal(hintsAllowed({ mode: 'practice', hintsInStrictMode: false }, 'practice'), true);
    assert.equal(hintsAllowed({ mode: 'strict', hintsInStrictMode: false }, 'strict'), false);
    assert.equal(hintsAllowed({ mode: 'strict', hintsInStrictMode: true }, 'strict'), true);
  });
});
