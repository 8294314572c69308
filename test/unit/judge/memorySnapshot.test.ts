/**
 * Calls that start from a memory snapshot (memorySnapshot.ts, guestRealm.ts) must see exactly what a
 * context built from scratch sees: the same outcomes, and nothing a previous call changed, whatever
 * it changed (prototypes, globals, pending jobs, libraries loaded or not).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import { memoryLayoutOf } from '../../../src/judge/memorySnapshot';
import type { GuestCall, SandboxBatch, SandboxOutcome } from '../../../src/judge/protocol';
import { Sandbox } from '../../../src/judge/sandbox';
import { loadSandboxLibraries } from '../../../src/judge/sandboxLibraries';
import { repoRoot, testWorkerScript } from './workerBuild';

const wasmLocation = join(dirname(createRequire(join(repoRoot, 'package.json')).resolve('@jitl/quickjs-wasmfile-release-sync')), 'emscripten-module.wasm');

async function sandbox(withSnapshots: boolean): Promise<Sandbox> {
  const memory = new WebAssembly.Memory({ initial: 256, maximum: 1536 });
  const module = await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory: memory, wasmLocation }));
  const libraries = loadSandboxLibraries(dirname(await testWorkerScript()));
  const layout = withSnapshots ? memoryLayoutOf(readFileSync(wasmLocation)) : undefined;
  return new Sandbox(module, libraries, () => 0, layout);
}

function call(argsJson: string): GuestCall {
  return { kind: 'function', entryName: 'probe', argShapes: ['plain'], returnShape: 'plain', inPlaceIndex: null, argsJson };
}

/** Each call reports what earlier calls could have left behind, then leaves as much behind as it can. */
const MEDDLER = `var probe = function (round) {
  const seen = {
    leftover: typeof leftover,
    pushPatched: Array.prototype.push.name !== 'push',
    objectPolluted: ({}).polluted === true,
    jsonIntact: typeof JSON.stringify === 'function',
    listNode: typeof ListNode,
    lodash: typeof _,
    console: typeof console.log,
  };
  globalThis.leftover = round;
  Array.prototype.push = function patched() { return 0; };
  Object.prototype.polluted = true;
  delete JSON.stringify;
  Promise.resolve().then(() => { globalThis.fromJob = true; });
  setTimeout(() => { globalThis.fromTimer = true; }, 1);
  return seen;
};`;

function outputs(outcomes: SandboxOutcome[]): string[] {
  return outcomes.map((o) => (o.status === 'returned' ? o.outputJson : `${o.status}: ${o.status === 'failed' ? o.message : ''}`));
}

describe('judge / memory snapshots', function () {
  this.timeout(60_000);

  it('knows the layout of the QuickJS binary the judge ships, so every call starts from a snapshot', async () => {
    const layout = memoryLayoutOf(readFileSync(wasmLocation));
    assert.ok(layout !== undefined, 'the shipped wasm has a layout this judge can snapshot');
    assert.ok(layout.dataEnd > 0 && layout.heapStart - layout.dataEnd === 5 * 1024 * 1024);
    assert.equal((await sandbox(true)).snapshots, true);
  });

  it("finds the allocator's break in the shipped binary, and no byte a call writes to the heap lies above it", async () => {
    const layout = memoryLayoutOf(readFileSync(wasmLocation));
    assert.ok(layout?.breakAddress !== undefined, 'the shipped wasm names one static word holding the heap start');
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 1536 });
    const module = await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory: memory, wasmLocation }));
    const runtime = module.newRuntime();
    const context = runtime.newContext();
    // Allocations big enough to grow the memory, some freed again, so the heap has holes and a high top.
    context.unwrapResult(context.evalCode('globalThis.kept = []; for (let i = 0; i < 200000; i++) { const s = "x" + i; if (i % 3 === 0) kept.push([s, i]); } 0')).dispose();
    const bytes = new Uint8Array(memory.buffer);
    const brk = new DataView(memory.buffer).getUint32(layout.breakAddress, true);
    assert.ok(brk > layout.heapStart + 1024 * 1024 && brk <= bytes.length, `the break moved with the heap: ${brk}`);
    let lastNonZero = bytes.length - 1;
    while (lastNonZero >= layout.heapStart && bytes[lastNonZero] === 0) lastNonZero--;
    assert.ok(lastNonZero < brk, `a non-zero byte at ${lastNonZero}, above the break at ${brk}`);
    context.dispose();
    runtime.dispose();
  });

  it('gives no layout for a binary it does not know, so calls fall back to contexts built from scratch', () => {
    assert.equal(memoryLayoutOf(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])), undefined);
    assert.equal(memoryLayoutOf(new Uint8Array([1, 2, 3])), undefined);
  });

  it('shows no call anything an earlier call changed, with or without libraries, exactly as fresh contexts do', async () => {
    const batches: SandboxBatch[] = [
      { script: MEDDLER, fileName: 'solution.js', libraries: [], timeLimitMs: 5000, calls: [call('[1]'), call('[2]')] },
      { script: `${MEDDLER}\n// uses _.chunk`, fileName: 'solution.js', libraries: ['lodash'], timeLimitMs: 5000, calls: [call('[3]'), call('[4]')] },
      { script: MEDDLER, fileName: 'solution.js', libraries: [], builtins: ['structuredClone'], timeLimitMs: 5000, calls: [call('[5]')] },
      { script: MEDDLER, fileName: 'solution.js', libraries: [], timeLimitMs: 5000, calls: [call('[6]')] },
    ];
    const results: Record<'fresh' | 'snapshot', string[]> = { fresh: [], snapshot: [] };
    for (const mode of ['fresh', 'snapshot'] as const) {
      const box = await sandbox(mode === 'snapshot');
      for (const batch of batches) {
        results[mode].push(...outputs(batch.calls.map((c) => box.runCall(batch, c).outcome)));
      }
    }
    assert.deepEqual(results.snapshot, results.fresh);
    const pristine = { leftover: 'undefined', pushPatched: false, objectPolluted: false, jsonIntact: true, listNode: 'function', console: 'function' };
    for (const [i, output] of results.snapshot.entries()) {
      const seen = JSON.parse(output) as Record<string, unknown>;
      const { lodash, ...rest } = seen;
      assert.deepEqual(rest, pristine, `call ${i + 1}: ${output}`);
      assert.equal(lodash, i === 2 || i === 3 ? 'function' : 'undefined', `call ${i + 1} sees lodash only when its batch asked for it`);
    }
  });

  it('keeps failures and time-outs what they are, and the next call fresh', async () => {
    const box = await sandbox(true);
    const failing: SandboxBatch = {
      script: 'var probe = function (kind) { globalThis.dirty = 1; if (kind === "throw") throw new RangeError("bad"); if (kind === "loop") for (;;) {} return [kind]; };',
      fileName: 'solution.js',
      libraries: [],
      timeLimitMs: 300,
      // No deep recursion here: in this thread wasm frames share Node's small stack (the worker has a large one).
      calls: [call('["throw"]'), call('["loop"]'), call('["ok"]')],
    };
    const failures = failing.calls.map((c) => box.runCall(failing, c).outcome);
    assert.deepEqual(failures.map((o) => (o.status === 'failed' ? o.failure : o.status)), ['runtime', 'time', 'returned']);
    assert.match(failures[0]?.status === 'failed' ? failures[0].message : '', /RangeError: bad/);
    const clean: SandboxBatch = { script: 'var probe = function () { return typeof dirty; };', fileName: 'solution.js', libraries: [], timeLimitMs: 1000, calls: [call('[0]')] };
    assert.deepEqual(outputs([box.runCall(clean, call('[0]')).outcome]), ['"undefined"']);
  });
});
