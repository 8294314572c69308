/**
 * The judge worker thread: loads QuickJS once with a bounded WebAssembly.Memory and runs batches.
 * It answers after every call, so the host's watchdog can tell which test hung, and it exits
 * after any call that left the module untrustworthy; the host then starts a fresh one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import type { HostToWorker, SandboxBatch, SandboxLibrary, WorkerToHost } from './protocol';
import { Sandbox } from './sandbox';

/** 64 KiB pages: 16 MiB to start, 96 MiB at most for everything QuickJS allocates (the runtime limit is 64 MiB). */
const INITIAL_PAGES = 256;
const MAXIMUM_PAGES = 1536;

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

function post(message: WorkerToHost): void {
  parentPort?.postMessage(message);
}

function loadLibraries(): Partial<Record<SandboxLibrary, string>> {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'sandbox-libraries.json'), 'utf8')) as Partial<Record<SandboxLibrary, string>>;
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES });
  const variant = newVariant(releaseSync, { wasmMemory: memory, wasmLocation: join(__dirname, 'emscripten-module.wasm') });
  const module = await newQuickJSWASMModuleFromVariant(variant);
  const sandbox = new Sandbox(module, loadLibraries());
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const call of WARM_UP.calls) sandbox.runCall(WARM_UP, call);
  post({ type: 'ready', startMs: performance.now() - started });
  let spent = false;
  parentPort?.on('message', (message: HostToWorker) => {
    const { batchId, batch } = message;
    if (spent) return;
    for (let index = 0; index < batch.calls.length; index++) {
      const call = batch.calls[index];
      if (call === undefined) continue;
      const { outcome, recycle } = sandbox.runCall(batch, call);
      post({ type: 'result', batchId, index, outcome, recycle });
      if (recycle) {
        // The host terminates this thread on seeing the flag; nothing more runs on this module.
        spent = true;
        return;
      }
    }
    post({ type: 'done', batchId });
  });
}

void main();
