// How the Python sandbox process is bundled, shared by scripts/build.mjs and the judge's tests:
// dist/python-sandbox.mjs (the process's script, with the harness and lockdown inlined as text) and
// dist/pyodide/ (Pyodide's runtime: its wasm, its JavaScript glue and the standard library zip).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** What the sandbox loads from dist/pyodide/ at run time: nothing else of the package ships. */
export const PYODIDE_RUNTIME_FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/**
 * Pyodide's Node glue imports `ws` (WebSocket) and `node:child_process` for features the judge never
 * uses; both resolve to an empty module here, so the sandbox ships no network client and no process
 * spawner of its own (the permission model would refuse a spawn anyway).
 */
const severedModules = {
  name: 'severed-modules',
  setup(build) {
    build.onResolve({ filter: /^(ws|node:child_process)$/ }, (args) => ({ path: args.path, namespace: 'severed' }));
    build.onLoad({ filter: /.*/, namespace: 'severed' }, (args) => ({
      contents: `export default {}; export const WebSocket = undefined; export const spawn = () => { throw new Error('${args.path} is not available in the sandbox'); };`,
      loader: 'js',
    }));
  },
};

/** @param {string} outdir @param {{ minify?: boolean, sourcemap?: boolean }} [options] @returns {import('esbuild').BuildOptions} */
export function pythonSandboxBundle(outdir, options = {}) {
  return {
    entryPoints: { 'python-sandbox': join(here, 'sandboxProcess.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: options.minify === true,
    sourcemap: options.sourcemap === true,
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.py': 'text' },
    plugins: [severedModules],
  };
}

/** Copies Pyodide's runtime files into outdir/pyodide/. */
export function copyPyodideRuntime(outdir) {
  const source = dirname(require.resolve('pyodide/pyodide.mjs'));
  const target = join(outdir, 'pyodide');
  mkdirSync(target, { recursive: true });
  for (const file of PYODIDE_RUNTIME_FILES) copyFileSync(join(source, file), join(target, file));
}
