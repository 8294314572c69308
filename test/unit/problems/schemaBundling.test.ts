import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { checkProblemMeta } from '../../../src/problems/schema';

const root = join(__dirname, '..', '..', '..');

type Check = typeof checkProblemMeta;

/** src/problems/schema.ts bundled as the extension and the CLI get it: with the validator ajv generated at build time. */
async function bundledCheck(): Promise<Check> {
  const { precompiledProblemSchema } = await import('../../../src/problems/schemaBundling.mjs');
  const outfile = join(mkdtempSync(join(tmpdir(), 'onsite-schema-')), 'schema.js');
  await build({
    entryPoints: [join(root, 'src', 'problems', 'schema.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    plugins: [precompiledProblemSchema],
  });
  const text = readFileSync(outfile, 'utf8');
  assert.ok(!text.includes('new Ajv') && !text.includes('.compile('), 'the bundle compiles no schema at run time');
  return (createRequire(__filename)(outfile) as { checkProblemMeta: Check }).checkProblemMeta;
}

describe('problem.json validator precompiled for the bundles', () => {
  it('reports the same issues as the schema compiled at run time, for every bundled problem and broken variants of it', async function () {
    this.timeout(60_000);
    const check = await bundledCheck();
    for (const id of readdirSync(join(root, 'problems'))) {
      const meta = JSON.parse(readFileSync(join(root, 'problems', id, 'problem.json'), 'utf8')) as Record<string, unknown>;
      assert.deepEqual(check(meta), [], id);
      const entry = meta.entry as Record<string, unknown>;
      const broken = { ...meta, difficulty: 'impossible', colour: 'blue', entry: { ...entry, kind: entry.kind === 'design' ? 'function' : 'design' } };
      const issues = checkProblemMeta(broken);
      assert.ok(issues.length >= 3, `${id}: the broken variant shows its mistakes`);
      assert.deepEqual(check(broken), issues, id);
    }
  });
});
