/**
 * The judge worker thread: loads QuickJS with a bounded WebAssembly.Memory and runs batches. It
 * answers after every call, so the host's watchdog can tell which test hung, and replaces its QuickJS
 * module after any call that left it untrustworthy; only a hung call makes the host end the thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import { type HostToWorker, type SandboxBatch, type SandboxOutcome, transformsFirst, type WorkerToHost } from './protocol';
import { runSandboxBatch } from './sandboxBatchRun';
import { runTrustedCall } from './trustedScripts';
import { type MemoryLayout, memoryLayoutOf } from './memorySnapshot';
import { Sandbox } from './sandbox';
import { loadSandboxLibraries, type SandboxLibraryScripts } from './sandboxLibraries';
import { stripModuleSyntax } from './solutionSource';
import { needsParityPass } from './engineParity';
import { PARITY_HELPERS_SOURCE } from './guest/parityHelpers';
import { type LineMap, originalPosition, transpileTypeScript, type Transpiled, typeScriptLoaded } from './transpile';
import { parityStoreReader } from './parityStore';

/**
 * 64 KiB pages: 16 MiB to start, 256 MiB at most for everything QuickJS allocates. LeetCode accepts
 * solutions that hold a few hundred thousand small arrays (the forum Kruskal of min-cost-to-connect-all-points
 * keeps n²/2 [cost, i, j] triples at n = 1000, about 120 MiB in QuickJS): 96 MiB refused it.
 */
const INITIAL_PAGES = 256;
const MAXIMUM_PAGES = 4096;

/**
 * V8 compiles WebAssembly functions lazily with a baseline compiler and optimises hot ones later in
 * the background: QuickJS's parser, interpreter and the harness paths would otherwise be compiled
 * and tiered up during the user's first Run (measured: the first runs after start cost 10× later
 * ones). Small calls of each kind move part of that cost into warm-up; on the loaded test box the
 * effect on the first Run was within noise, so the rounds stay few to keep cold start short.
 */
const WARM_UP: SandboxBatch = {
  script: 'var warm = function (head, n) { const seen = new Map([[n, [n]]]); return head; };\nclass Warm { add(x) { return [x, String(x)]; } }',
  fileName: 'warmup.js',
  libraries: [],
  timeLimitMs: 5000,
  calls: [
    { kind: 'function', entryName: 'warm', argShapes: ['list', 'plain'], returnShape: 'list', inPlaceIndex: null, argsJson: '[[1,2,3],4]' },
    { kind: 'design', className: 'Warm', constructorShapes: [], methods: { add: { shapes: ['plain'], returns: 'plain' } }, testJson: '[["Warm","add"],[[],[1]]]' },
  ],
};

const WARM_UP_ROUNDS = 2;

const WASM_LOCATION = join(__dirname, 'emscripten-module.wasm');

/** Where static data, the C stack and the heap lie in the QuickJS binary: what memory snapshots need. */
function readMemoryLayout(): MemoryLayout | undefined {
  try {
    return memoryLayoutOf(readFileSync(WASM_LOCATION));
  } catch {
    return undefined;
  }
}

function post(message: WorkerToHost): void {
  parentPort?.postMessage(message);
}

/**
 * Transpiled scripts by language and text. A few, not one: a scaling run alternates the reference and
 * the solution batch after batch, and a single-entry cache re-transpiled both every time.
 */
const transpiled = new Map<string, Transpiled>();
const TRANSPILE_CACHE_ENTRIES = 16;

/** The bundled bank's scripts, already through the parity pass when the bank was built (parityStore.ts). */
const builtParityScripts = parityStoreReader(__dirname);

async function transpileOnce(source: string, javascript: boolean, parity: boolean): Promise<Transpiled> {
  const key = `${javascript ? 'js' : 'ts'}\0${source}`;
  const cached = transpiled.get(key);
  if (cached !== undefined) return cached;
  const result = (javascript && parity ? builtParityScripts(source) : undefined) ?? await transpileTypeScript(source, { javascript, parity });
  if (transpiled.size >= TRANSPILE_CACHE_ENTRIES) transpiled.delete(transpiled.keys().next().value ?? '');
  transpiled.set(key, result);
  return result;
}

/**
 * A TypeScript batch becomes a JavaScript one, and a script the engine-parity pass rewrites
 * (engineParity.ts) gets the guest helpers it calls; a transpile error is the batch's one compile error.
 */
async function prepareBatch(batch: SandboxBatch): Promise<{ batch: SandboxBatch; lineMap?: LineMap } | { compileError: SandboxOutcome }> {
  const typescript = batch.typescript === true;
  const parity = needsParityPass(batch.script);
  if (!typescript && !parity) return { batch };
  const result = await transpileOnce(batch.script, !typescript, parity);
  if (!result.ok) {
    const { ok: _ok, ...failure } = result;
    return { compileError: { status: 'failed', failure: 'compile', ...failure, timeMs: 0, console: '' } };
  }
  if (!typescript && result.script === batch.script) return { batch };
  const script = stripModuleSyntax(result.script);
  return { batch: { ...batch, script, typescript: false, ...(result.parityHelpers ? { prelude: withParityHelpers(batch.prelude) } : {}) }, lineMap: result.lineMap };
}

/** The parity helpers join the batch's own prelude (a validator's kit) rather than replace it. */
function withParityHelpers(prelude: string | undefined): string {
  return prelude === undefined ? PARITY_HELPERS_SOURCE : `${PARITY_HELPERS_SOURCE};\n${prelude}`;
}

/** Positions in the transpiled script point at the user's TypeScript lines again. */
function mapPosition(outcome: SandboxOutcome, lineMap: LineMap | undefined): SandboxOutcome {
  if (lineMap === undefined || outcome.status !== 'failed' || outcome.line === undefined) return outcome;
  const original = originalPosition(lineMap, { line: outcome.line, column: outcome.column ?? 1 });
  if (original === undefined) {
    const { line: _line, column: _column, ...rest } = outcome;
    return rest;
  }
  return { ...outcome, line: original.line, column: original.column };
}

async function answerTranspile(batchId: number, batch: SandboxBatch): Promise<void> {
  const started = performance.now();
  // Debug Test runs the script in Node, whose calls take long spreads: no spread pass here.
  const result = batch.typescript === true ? await transpileTypeScript(batch.script) : ({ ok: true, script: batch.script, lineMap: [], parityHelpers: false } as const);
  const outcome: SandboxOutcome = result.ok
    ? { status: 'returned', outputJson: JSON.stringify({ script: stripModuleSyntax(result.script), lineMap: result.lineMap }), timeMs: performance.now() - started, console: '' }
    : { status: 'failed', failure: 'compile', message: result.message, ...(result.line !== undefined ? { line: result.line, column: result.column ?? 1 } : {}), timeMs: performance.now() - started, console: '' };
  post({ type: 'result', batchId, index: 0, outcome });
  post({ type: 'done', batchId });
}

/**
 * A QuickJS module on a bounded memory of its own. Emscripten's allocator grows the memory on demand;
 * a refused growth is an allocation that failed, the sandbox's structured out-of-memory signal (an
 * error's text is the guest's to forge).
 */
async function freshSandbox(libraries: SandboxLibraryScripts, layout: MemoryLayout | undefined): Promise<Sandbox> {
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES });
  let failedGrowths = 0;
  const grow = memory.grow.bind(memory);
  Object.defineProperty(memory, 'grow', {
    value: (pages: number): number => {
      try {
        return grow(pages);
      } catch (error) {
        failedGrowths++;
        throw error;
      }
    },
  });
  const variant = newVariant(releaseSync, { wasmMemory: memory, wasmLocation: WASM_LOCATION });
  const module = await newQuickJSWASMModuleFromVariant(variant);
  return new Sandbox(module, libraries, () => failedGrowths, layout);
}

/** The bundled bank's generator or validator in this thread's engine (trustedScripts.ts). */
function answerTrustedScript(batchId: number, batch: SandboxBatch): void {
  batch.calls.forEach((call, index) => {
    post({ type: 'result', batchId, index, outcome: runTrustedCall(batch.script, call) });
  });
  post({ type: 'done', batchId });
}

async function main(): Promise<void> {
  const started = performance.now();
  const libraries = loadSandboxLibraries(__dirname);
  const layout = readMemoryLayout();
  let sandbox = await freshSandbox(libraries, layout);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const call of WARM_UP.calls) sandbox.runCall(WARM_UP, call);
  // The warm-up makes V8 optimise QuickJS's interpreter with TurboFan on a background thread. This
  // thread's loop has no live handle yet (the message listener comes after), and Node then ends the
  // turn by waiting for V8's background tasks: 130–230 ms here (strace: one futex wait right after
  // the warm-up). Saying ready after that turn keeps the wait out of the first batch (first Run after
  // warm-up 115–185 ms before, 4–8 ms after). Listening first instead, so batches start at once on
  // the unoptimised code, cost more than it saved: whole-bank validate 94 against 80 s, one
  // `onsite judge` 794 against 767 ms (2026-12-07, load 1.3–1.9).
  await new Promise((resolve) => setImmediate(resolve));
  post({ type: 'ready', startMs: performance.now() - started, snapshots: sandbox.snapshots });
  parentPort?.on('message', (message: HostToWorker) => {
    void runBatch(message);
  });
  async function runBatch(message: HostToWorker): Promise<void> {
    const { batchId } = message;
    const batchStarted = performance.now();
    if (message.batch.calls[0]?.kind === 'transpile') {
      await answerTranspile(batchId, message.batch);
      return;
    }
    if (message.batch.trustedScript === true) {
      answerTrustedScript(batchId, message.batch);
      return;
    }
    const prepared = await prepareBatch(message.batch);
    if ('compileError' in prepared) {
      post({ type: 'result', batchId, index: 0, outcome: prepared.compileError });
      post({ type: 'done', batchId, stopped: 'compile' });
      return;
    }
    const { batch, lineMap } = prepared;
    if (transformsFirst(message.batch)) post({ type: 'compiled', batchId, typeScriptLoaded: typeScriptLoaded() });
    await runSandboxBatch({
      batchId,
      batch,
      startedMs: batchStarted,
      post,
      runCall: (call) => {
        const result = sandbox.runCall(batch, call);
        return { ...result, outcome: mapPosition(result.outcome, lineMap) };
      },
      replaceSpent: async () => {
        // The module is spent (out of memory, a trap) or its heap grew large: a new module on a new
        // memory replaces it here, so the old one is collected on this thread. Ending the thread
        // instead made the host join it and free its heap, a 40-70 ms stall of the editor.
        sandbox = await freshSandbox(libraries, layout);
      },
    });
  }
}

void main();
