// Builds every bundle the extension ships. One esbuild context per target so each gets the right
// platform and format; `--watch` keeps them all rebuilding, `--release` minifies and drops source maps.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildSandboxLibraries, lazyTypeScript, quickjsCommonJsGlue, typeScriptBundle } from '../src/judge/workerBundling.mjs';
import { copyPyodideRuntime, pythonSandboxBundle } from '../src/judge/python/sandboxBundling.mjs';
import { precompiledProblemSchema } from '../src/problems/schemaBundling.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const release = process.argv.includes('--release');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: release,
  sourcemap: !release,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // Python Debug Test embeds the judge's Python harness in the script it writes (src/judge/python).
  loader: { '.py': 'text' },
};

// Activation evaluates dist/extension.js only; the interview, the judge and the problem loader (ajv,
// markdown-it, highlight.js, the guest sources) are dist/features.js, which src/ui/lazyFeatures.ts
// loads with import() at first use. That import becomes a plain require() of the second bundle, run
// through the extension host's own loader (which provides `vscode`), not Node's ESM loader. A static
// import of ./features would pull it all back into activation, so it fails the build.
const lazyFeatures = {
  name: 'lazy-features',
  setup(build) {
    build.onResolve({ filter: /^\.\/features(\.js)?$/ }, (args) => {
      if (args.namespace === 'lazy-features') return { path: './features.js', external: true };
      if (!args.importer.endsWith(join('src', 'ui', 'lazyFeatures.ts'))) return undefined;
      if (args.kind !== 'dynamic-import') return { errors: [{ text: 'src/ui/features.ts must be loaded with import(), never statically' }] };
      return { path: 'features', namespace: 'lazy-features' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-features' }, () => ({ contents: 'module.exports = require("./features.js");', loader: 'js' }));
  },
};

const extensionHost = { ...common, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] };

/** @type {import('esbuild').BuildOptions[]} */
export const targets = [
  // The extension host: CommonJS, `vscode` provided by the editor; the activation bundle and the part
  // loaded at first use, whose problem loader gets problem.json's schema compiled now, not at first load.
  { ...extensionHost, entryPoints: { extension: 'src/extension.ts' }, plugins: [lazyFeatures, precompiledProblemSchema] },
  { ...extensionHost, entryPoints: { features: 'src/ui/features.ts' }, plugins: [precompiledProblemSchema] },
  // The judge worker thread, which loads QuickJS (its .wasm is copied beside it below) and, for
  // TypeScript batches only, the transpiler from dist/typescript.js.
  { ...common, entryPoints: { worker: 'src/judge/worker.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20', plugins: [quickjsCommonJsGlue, lazyTypeScript] },
  // The command-line tools (`onsite validate`, `onsite judge`); `validate --mutation` parses references
  // with TypeScript's compiler API, required from dist/typescript.js only then.
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyTypeScript, precompiledProblemSchema] },
  // TypeScript's transpiler, loaded by the worker on the first TypeScript batch.
  typeScriptBundle('dist'),
  // The Python sandbox process (ESM, Pyodide's glue inside; its runtime is copied to dist/pyodide/ below).
  pythonSandboxBundle('dist', { minify: release, sourcemap: !release }),
  // Browser side of the webviews.
  { ...common, entryPoints: { interview: 'src/webview/interview/main.ts', debrief: 'src/webview/debrief/main.ts' }, outdir: 'dist/webview', platform: 'browser', format: 'iife', target: 'es2022' },
];

function copyAssets() {
  mkdirSync('dist', { recursive: true });
  const wasm = join(dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync')), 'emscripten-module.wasm');
  copyFileSync(wasm, 'dist/emscripten-module.wasm');
  copyPyodideRuntime('dist');
}

copyAssets();
// LeetCode's runtime globals (priority queues, Queue, Deque, lodash), bundled for the judge worker.
writeFileSync('dist/sandbox-libraries.json', JSON.stringify(await buildSandboxLibraries(esbuild)));
if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] building; press Ctrl+C to stop');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  // Expected outputs of the bank's generated tests (dist/expected/), so no Submit waits for the
  // reference; only problems whose reference, generator or tests changed are recomputed.
  execFileSync(process.execPath, ['dist/cli.js', 'expected', 'problems', '--out', 'dist'], { stdio: 'inherit' });
}
