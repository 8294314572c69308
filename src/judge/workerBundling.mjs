// What bundling the judge worker needs, shared by scripts/build.mjs and the judge's tests:
// the sandbox's library scripts (dist/sandbox-libraries.json) and a resolver for QuickJS's loader.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Each entry defines configurable globals, so a solution may still declare its own `Deque`.
const ENTRIES = {
  priorityQueue:
    "import { MinPriorityQueue, MaxPriorityQueue, PriorityQueue } from '@datastructures-js/priority-queue';" +
    'Object.assign(globalThis, { MinPriorityQueue, MaxPriorityQueue, PriorityQueue });',
  queue: "import { Queue } from '@datastructures-js/queue'; Object.assign(globalThis, { Queue });",
  deque: "import { Deque } from '@datastructures-js/deque'; Object.assign(globalThis, { Deque });",
  lodash: "import lodash from 'lodash'; Object.assign(globalThis, { _: lodash });",
};

/** @param {typeof import('esbuild')} esbuild */
export async function buildSandboxLibraries(esbuild) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: here, loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      platform: 'browser',
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'warning',
    });
    const file = result.outputFiles[0];
    if (!file) throw new Error(`no output for sandbox library ${name}`);
    out[name] = file.text;
  }
  return out;
}

// TypeScript's transpiler is 3.5 MB minified and only TypeScript batches need it: the worker
// require()s it from its own file beside the worker (dist/typescript.js) on the first one.
export const lazyTypeScript = {
  name: 'lazy-typescript',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: './typescript.js', external: true }));
  },
};

/** esbuild options for dist/typescript.js (always minified: a third of the size, and it is never debugged). */
export function typeScriptBundle(outdir) {
  const require = createRequire(join(here, 'workerBundling.mjs'));
  return {
    entryPoints: { typescript: require.resolve('typescript') },
    outdir,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

// The variant loads its Emscripten glue with a dynamic import(), for which esbuild picks the ESM
// build that needs import.meta.url; a CommonJS bundle must get the CommonJS glue instead.
export const quickjsCommonJsGlue = {
  name: 'quickjs-commonjs-glue',
  setup(build) {
    build.onResolve({ filter: /^@jitl\/quickjs-wasmfile-release-sync\/emscripten-module$/ }, () => {
      const require = createRequire(join(here, 'workerBundling.mjs'));
      return { path: join(dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync')), 'emscripten-module.cjs') };
    });
  },
};
