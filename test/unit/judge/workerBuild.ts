/**
 * Builds the judge worker once per test process into a temporary folder, exactly as the release
 * build lays it out (worker.js, typescript.js, emscripten-module.wasm, sandbox-libraries.json,
 * python-sandbox.mjs and pyodide/ side by side), so
 * tests exercise the real bundle rather than a tsx-loaded copy.
 */
import * as esbuild from 'esbuild';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
let built: Promise<string> | undefined;

async function build(): Promise<string> {
  const { buildSandboxLibraries, lazyTypeScript, quickjsCommonJsGlue, typeScriptBundle } = await import('../../../src/judge/workerBundling.mjs');
  const out = mkdtempSync(join(tmpdir(), 'onsite-judge-'));
  await esbuild.build({
    entryPoints: { worker: join(root, 'src/judge/worker.ts') },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    plugins: [quickjsCommonJsGlue, lazyTypeScript],
  });
  await esbuild.build(typeScriptBundle(out));
  const require = createRequire(join(root, 'package.json'));
  copyFileSync(join(dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync')), 'emscripten-module.wasm'), join(out, 'emscripten-module.wasm'));
  writeFileSync(join(out, 'sandbox-libraries.json'), JSON.stringify(await buildSandboxLibraries(esbuild)));
  // The Python sandbox process sits beside the worker, as in dist/.
  const { copyPyodideRuntime, pythonSandboxBundle } = await import('../../../src/judge/python/sandboxBundling.mjs');
  await esbuild.build(pythonSandboxBundle(out));
  copyPyodideRuntime(out);
  return join(out, 'worker.js');
}

/** The path of a freshly bundled worker script. */
export function testWorkerScript(): Promise<string> {
  built ??= build();
  return built;
}

export const repoRoot = root;
