/**
 * Where a call runs: a QuickJS runtime and context with the harness evaluated, then the batch's
 * trusted extras (a validator's kit, Node built-in groups, LeetCode libraries). Every call gets a
 * fresh one. With a known memory layout it comes from a memory snapshot restored before the call
 * (memorySnapshot.ts), so neither the harness nor the extras are parsed again; otherwise it is
 * built from scratch, as it always used to be.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { HARNESS_SOURCE } from './guest/harness';
import { NODE_BUILTINS } from './guest/nodeBuiltins';
import { type MemoryLayout, MemorySnapshot } from './memorySnapshot';
import type { SandboxBatch, SandboxLibrary } from './protocol';

/** The wasm C stack of the prebuilt variant is 5 MB; QuickJS must give up before it runs out. */
export const QUICKJS_STACK_BYTES = 4 * 1024 * 1024;

export interface GuestRealm {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** The harness's API object (guest/harness.ts). */
  harness: QuickJSHandle;
}

export interface GuestRealms {
  /** A fresh realm for one call; throws when even the trusted code could not be evaluated (the module is spent). */
  acquire(batch: SandboxBatch): GuestRealm;
  release(realm: GuestRealm): void;
  /** Whether realms come from snapshots (for benchmarks and tests). */
  readonly snapshots: boolean;
}

type LibraryScripts = Partial<Record<SandboxLibrary, string>>;

function newRuntime(module: QuickJSWASMModule, shouldInterrupt: () => boolean): QuickJSRuntime {
  const runtime = module.newRuntime();
  runtime.setMaxStackSize(QUICKJS_STACK_BYTES);
  runtime.setInterruptHandler(shouldInterrupt);
  return runtime;
}

/** The batch's trusted extras, evaluated after the harness and before the solution. */
function evaluateExtras(context: QuickJSContext, batch: SandboxBatch, libraries: LibraryScripts): void {
  if (batch.prelude !== undefined) context.unwrapResult(context.evalCode(batch.prelude, 'prelude.js')).dispose();
  for (const name of batch.builtins ?? []) {
    const group = NODE_BUILTINS.find((g) => g.name === name);
    if (group !== undefined) context.unwrapResult(context.evalCode(group.source, `${name}.js`)).dispose();
  }
  for (const library of batch.libraries) {
    const source = libraries[library];
    if (source !== undefined) context.unwrapResult(context.evalCode(source, `${library}.js`)).dispose();
  }
}

function extrasKey(batch: SandboxBatch): string {
  if (batch.prelude === undefined && (batch.builtins ?? []).length === 0 && batch.libraries.length === 0) return '';
  return JSON.stringify([batch.prelude ?? null, batch.builtins ?? [], batch.libraries]);
}

/** A new runtime and context per call, disposed after it. */
class FreshRealms implements GuestRealms {
  readonly snapshots = false;

  constructor(
    private readonly module: QuickJSWASMModule,
    private readonly libraries: LibraryScripts,
    private readonly shouldInterrupt: () => boolean,
  ) {}

  acquire(batch: SandboxBatch): GuestRealm {
    const runtime = newRuntime(this.module, this.shouldInterrupt);
    const context = runtime.newContext();
    try {
      const harness = context.unwrapResult(context.evalCode(HARNESS_SOURCE, 'harness.js'));
      evaluateExtras(context, batch, this.libraries);
      return { runtime, context, harness };
    } catch (error) {
      this.release({ runtime, context, harness: context.undefined });
      throw error;
    }
  }

  release(realm: GuestRealm): void {
    try {
      if (realm.harness.alive) realm.harness.dispose();
      realm.context.dispose();
      realm.runtime.dispose();
    } catch {
      // Disposal after an abort can fail; the module is replaced in that case anyway.
    }
  }
}

/** Extras snapshots kept: a session alternates few library sets (the solution's, the reference's, a validator). */
const EXTRAS_SNAPSHOTS = 4;

/**
 * One runtime and context, prepared once; each call restores the memory snapshot taken right after
 * the harness (and the batch's extras) were evaluated. The JavaScript wrappers of the runtime,
 * context and harness stay valid because the restored bytes are the ones they were created over.
 */
class SnapshotRealms implements GuestRealms {
  readonly snapshots = true;
  private readonly realm: GuestRealm;
  private readonly base: MemorySnapshot;
  private readonly withExtras = new Map<string, MemorySnapshot>();

  constructor(
    private readonly module: QuickJSWASMModule,
    private readonly layout: MemoryLayout,
    private readonly libraries: LibraryScripts,
    shouldInterrupt: () => boolean,
  ) {
    const runtime = newRuntime(module, shouldInterrupt);
    const context = runtime.newContext();
    const harness = context.unwrapResult(context.evalCode(HARNESS_SOURCE, 'harness.js'));
    this.realm = { runtime, context, harness };
    this.base = MemorySnapshot.take(module.getWasmMemory(), layout);
  }

  acquire(batch: SandboxBatch): GuestRealm {
    const memory = this.module.getWasmMemory();
    this.snapshotFor(batch, memory).restore(memory);
    return this.realm;
  }

  private snapshotFor(batch: SandboxBatch, memory: WebAssembly.Memory): MemorySnapshot {
    const key = extrasKey(batch);
    if (key === '') return this.base;
    const kept = this.withExtras.get(key);
    if (kept !== undefined) {
      // Most recently used last, so the oldest goes first when the map is full.
      this.withExtras.delete(key);
      this.withExtras.set(key, kept);
      return kept;
    }
    this.base.restore(memory);
    this.base.clearAboveHeap(memory);
    evaluateExtras(this.realm.context, batch, this.libraries);
    const snapshot = MemorySnapshot.take(memory, this.layout);
    if (this.withExtras.size >= EXTRAS_SNAPSHOTS) this.withExtras.delete(this.withExtras.keys().next().value ?? '');
    this.withExtras.set(key, snapshot);
    return snapshot;
  }

  /** Nothing to free: the next call's restore discards whatever this one allocated. */
  release(): void {}
}

/** Snapshot realms when the module's memory layout is known, fresh ones otherwise. */
export function guestRealms(module: QuickJSWASMModule, layout: MemoryLayout | undefined, libraries: LibraryScripts, shouldInterrupt: () => boolean): GuestRealms {
  return layout === undefined ? new FreshRealms(module, libraries, shouldInterrupt) : new SnapshotRealms(module, layout, libraries, shouldInterrupt);
}
