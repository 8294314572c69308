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
import type { HostToWorker, SandboxLibrary, WorkerToHost } from './protocol';
import { Sandbox } from './sandbox';

/** 64 KiB pages: 16 MiB to start, 96 MiB at most for everything QuickJS allocates (the runtime limit is 64 MiB). */
const INITIAL_PAGES = 256;
const MAXIMUM_PAGES = 1536;

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
