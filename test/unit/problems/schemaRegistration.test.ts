import { strict as assert } from 'node:assert';
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEM_SCHEMA_AJV_OPTIONS } from '../../../src/problems/problemSchemaValidator';
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
    assert.ok(ids.length >= 55, `the bank holds at least the 55 original problems (${ids.length})`);
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(root, 'problems', id, 'problem.json'), 'utf8')) as unknown;
      assert.deepEqual(checkProblemMeta(meta), [], id);
    }
  });
});

describe('problem.json schema as the build precompiles it', function () {
  this.timeout(60_000);

  /** checkProblemMeta as the extension and the CLI bundle it: on the build's standalone validator. */
  async function bundledCheck(): Promise<typeof checkProblemMeta> {
    const { precompiledProblemSchema } = await import('../../../src/problems/schemaBundling.mjs');
    const out = join(mkdtempSync(join(tmpdir(), 'onsite-schema-')), 'schema.js');
    await esbuild.build({ entryPoints: [join(root, 'src', 'problems', 'schema.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', plugins: [precompiledProblemSchema] });
    const bundle = readFileSync(out, 'utf8');
    assert.ok(!bundle.includes('ajv/dist/compile/'), 'the bundle carries the precompiled validator, not the compiler');
    return (createRequire(out)(out) as { checkProblemMeta: typeof checkProblemMeta }).checkProblemMeta;
  }

  it('uses the same Ajv options as the run-time compile', async () => {
    const { BUILD_AJV_OPTIONS } = await import('../../../src/problems/schemaBundling.mjs');
    assert.deepEqual(BUILD_AJV_OPTIONS, PROBLEM_SCHEMA_AJV_OPTIONS);
  });

  it('reports exactly the issues the run-time compile reports, on every bundled problem and on broken ones', async () => {
    const precompiled = await bundledCheck();
    const metas = readdirSync(join(root, 'problems')).map((id) => JSON.parse(readFileSync(join(root, 'problems', id, 'problem.json'), 'utf8')) as Record<string, unknown>);
    const twoSum = metas.find((m) => m.id === 'two-sum');
    assert.ok(twoSum);
    const entry = twoSum.entry as Record<string, unknown>;
    const broken: unknown[] = [
      { ...twoSum, difficulty: 'impossible', extraField: 1 },
      { ...twoSum, title: undefined, entry: { ...entry, params: undefined } },
      { ...twoSum, entry: { ...entry, kind: 'design' } },
      { ...twoSum, clarifications: [{ id: 3 }] },
      'not an object',
      null,
    ];
    for (const meta of [...metas, ...broken.map((b) => JSON.parse(JSON.stringify(b)) as unknown)]) {
      assert.deepEqual(precompiled(meta), checkProblemMeta(meta), JSON.stringify(meta).slice(0, 80));
    }
    assert.ok(broken.every((b) => checkProblemMeta(JSON.parse(JSON.stringify(b))).length > 0), 'every broken meta has issues');
  });
});
