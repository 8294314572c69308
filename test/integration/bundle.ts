/**
 * Bundles the integration suite to CommonJS for the extension host, which loads plain JS only.
 * Each test file stays its own bundle so mocha can set its globals before loading it;
 * `vscode` comes from the host and mocha from the project's node_modules.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(__dirname, '..', '..');
export const SUITE_OUT = join(ROOT, 'out', 'integration');

export interface BundledSuite {
  /** The first round: every `*.test.ts`. */
  index: string;
  /** The round after a window reload: every `*.afterReload.ts`. */
  afterReload: string;
}

export async function bundleIntegrationSuite(outDir = SUITE_OUT): Promise<BundledSuite> {
  const suiteDir = join(__dirname, 'suite');
  const entries = readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name === 'afterReload.ts' || name.endsWith('.test.ts') || name.endsWith('.afterReload.ts'))
    .map((name) => join(suiteDir, name));
  rmSync(outDir, { recursive: true, force: true });
  // The hand-off the first round leaves for the after-reload round (suite/paths.ts); stale ones mislead.
  rmSync(join(ROOT, 'out', 'integration-reload.json'), { force: true });
  await build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { index: join(outDir, 'index.js'), afterReload: join(outDir, 'afterReload.js') };
}
