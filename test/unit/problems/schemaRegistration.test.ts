import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkProblemMeta } from '../../../src/problems/schema';

const root = join(__dirname, '..', '..', '..');

describe('problem.json schema as published to the editor', () => {
  it('is registered for problem.json files and points at the schema the loader uses', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation?: { fileMatch: string; url: string }[] } };
    const entry = manifest.contributes.jsonValidation?.find((v) => v.fileMatch === 'problem.json');
    assert.ok(entry, 'contributes.jsonValidation has an entry for problem.json');
    assert.ok(existsSync(join(root, entry.url)), `${entry.url} exists`);
  });

  it('accepts every bundled problem.json', () => {
    const ids = readdirSync(join(root, 'problems'));
    assert.equal(ids.length, 55);
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(root, 'problems', id, 'problem.json'), 'utf8')) as unknown;
      assert.deepEqual(checkProblemMeta(meta), [], id);
    }
  });
});
