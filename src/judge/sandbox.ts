/**
 * Runs untrusted scripts inside QuickJS, each call in a fresh runtime and context (guestRealm.ts).
 * Lives in the worker.
 *
 * Limits: the call's time checked by the interrupt handler (callClock.ts: the thread's CPU time, capped in wall time), a QuickJS stack
 * limit below the wasm C stack, and a bounded WebAssembly.Memory owned by the worker: the one memory
 * cap that holds (QuickJS's own limit misses many small allocations), and whose failed growth is the
 * structured sign of an out-of-memory. After an out-of-memory or any WebAssembly trap the module is
 * unusable, so the caller is told to replace it (the worker starts a fresh module on a fresh memory).
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { CallClock, overLimitMessage } from './callClock';
import { type GuestRealm, type GuestRealms, guestRealms } from './guestRealm';
import type { MemoryLayout } from './memorySnapshot';
import type { CallResult } from './sandboxBatchRun';
import type { GuestCall, SandboxBatch, SandboxLibrary, SandboxOutcome, Shape } from './protocol';

/**
 * WebAssembly memory never shrinks: a call that leaves the heap this large recycles the module, so
 * every call starts small and has the whole bounded memory (see worker.ts) to itself.
 */
export const RECYCLE_HEAP_BYTES = 64 * 1024 * 1024;
/** Pending promise jobs run per step while driving a returned promise. */
const JOBS_PER_STEP = 1000;

type FailureDetail = Omit<Extract<SandboxOutcome, { status: 'failed' }>, 'status' | 'timeMs' | 'console'>;

class GuestFailure extends Error {
  constructor(
    readonly outcome: FailureDetail,
    readonly recycle = false,
  ) {
    super(outcome.message);
  }
}

function describeShape(shape: Shape): string {
  return JSON.stringify(shape);
}

/** Finds the first frame in the user's file: "at f (solution.js:3:7)" or "at solution.js:3:2". */
export function positionInStack(stack: string, fileName: string): { line: number; column: number } | undefined {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]) };
}

export class Sandbox {
  /** Set by the interrupt handler when it stopped the current call: the only evidence of a time-out. */
  private interrupted = false;
  /** Failed growths of the WebAssembly memory before the current call: more after it is an out-of-memory. */
  private failedGrowthsBefore = 0;

  /** The current call's time; never over outside the call's window. */
  private readonly clock = new CallClock();
  private readonly realms: GuestRealms;

  constructor(
    private readonly module: QuickJSWASMModule,
    libraries: Partial<Record<SandboxLibrary, string>>,
    /** How often the bounded memory refused to grow, counted by the worker that owns it. */
    private readonly failedGrowths: () => number = () => 0,
    /** The module's memory layout, when known: calls then start from a memory snapshot (guestRealm.ts). */
    layout?: MemoryLayout,
  ) {
    this.realms = guestRealms(module, layout, libraries, () => {
      if (!this.clock.overTime()) return false;
      this.interrupted = true;
      return true;
    });
  }

  /** Whether calls start from a memory snapshot rather than a context built from scratch. */
  get snapshots(): boolean {
    return this.realms.snapshots;
  }

  runCall(batch: SandboxBatch, call: GuestCall): CallResult {
    this.failedGrowthsBefore = this.failedGrowths();
    this.interrupted = false;
    let consoleText = '';
    let running = false;
    let realm: GuestRealm | undefined;
    try {
      realm = this.realms.acquire(batch);
      const { context, runtime, harness } = realm;
      if ((call.kind === 'function' || call.kind === 'design') && call.maxOutputChars !== undefined) {
        this.callHarness(context, harness, 'limitOutput', 'harness.js', [context.newNumber(call.maxOutputChars)]).dispose();
      }
      if (call.kind === 'function' && call.nodeClass !== undefined) {
        this.callHarness(context, harness, 'useNodeClass', 'harness.js', [context.newString(call.nodeClass)]).dispose();
      }
      this.clock.start(batch.timeLimitMs);
      running = true;
      const outputJson = this.execute(context, runtime, harness, batch, call, () => this.clock.overTime());
      running = false;
      const time = this.clock.finish();
      const { timeMs } = time;
      consoleText = this.consoleOutput(context, harness);
      if (time.overLimit) {
        return { outcome: { status: 'failed', failure: 'time', message: overLimitMessage(time, batch.timeLimitMs), timeMs, console: consoleText }, recycle: this.heapGrown() };
      }
      return { outcome: { status: 'returned', outputJson, timeMs, console: consoleText }, recycle: this.heapGrown() };
    } catch (error) {
      const time = running ? this.clock.finish() : { timeMs: 0, wallMs: 0, overLimit: false };
      const { timeMs } = time;
      if (realm) consoleText = this.consoleOutput(realm.context, realm.harness);
      if (error instanceof GuestFailure) {
        // QuickJS throws null when it cannot even allocate the error object.
        if (error.outcome.message === 'threw null' && this.outOfMemory()) {
          return { outcome: { status: 'failed', failure: 'memory', message: 'ran out of memory', timeMs, console: consoleText }, recycle: true };
        }
        // Stopped by the interrupt handler (or a runtime error raised past the limit): say which clock stopped it.
        const overTime = (error.outcome.failure === 'runtime' || error.outcome.failure === 'time') && time.overLimit;
        const outcome = overTime
          ? { failure: 'time' as const, message: overLimitMessage(time, batch.timeLimitMs) }
          : error.outcome;
        return { outcome: { status: 'failed', ...outcome, timeMs, console: consoleText }, recycle: error.recycle || this.heapGrown() };
      }
      // An exception from the wasm layer itself (a trap or an abort, never guest text): the module is spent.
      const message = error instanceof Error ? error.message : String(error);
      const failure = this.outOfMemory() || /Out of bounds|OOM/i.test(message) ? 'memory' : 'runtime';
      return {
        outcome: { status: 'failed', failure, message: failure === 'memory' ? 'ran out of memory' : `the sandbox aborted: ${message}`, timeMs, console: consoleText },
        recycle: true,
      };
    } finally {
      if (realm) this.realms.release(realm);
    }
  }

  private execute(
    context: QuickJSContext,
    runtime: QuickJSRuntime,
    harness: QuickJSHandle,
    batch: SandboxBatch,
    call: GuestCall,
    overTime: () => boolean,
  ): string {
    const scriptResult = context.evalCode(batch.script, batch.fileName);
    this.unwrap(context, scriptResult, batch.fileName, harness, true).dispose();
    switch (call.kind) {
      case 'function': {
        const [fn, decoder] = call.decoderName === undefined
          ? [this.resolveEntry(context, harness, call.entryName), context.undefined]
          : this.resolveCodec(context, harness, call.entryName, call.decoderName);
        try {
          this.callHarness(context, harness, 'prepare', batch.fileName, [
            context.newString(JSON.stringify(call.argShapes)),
            context.newString(call.argsJson),
            call.freshOutput === true ? context.true : context.false,
          ]).dispose();
          const returned = this.callHarness(context, harness, 'call', batch.fileName, [fn, decoder, context.newString(call.entryName)]);
          const settled = this.settle(context, runtime, harness, returned, batch.fileName, overTime);
          try {
            if (call.inPlaceIndex !== null) {
              return this.decode(context, this.callHarness(context, harness, 'serializeArgument', batch.fileName, [
                context.newNumber(call.inPlaceIndex),
                context.newString(describeShape(call.argShapes[call.inPlaceIndex] ?? 'plain')),
              ]));
            }
            return this.decode(context, this.callHarness(context, harness, 'serialize', batch.fileName, [
              settled,
              context.newString(describeShape(call.returnShape)),
            ]));
          } finally {
            if (settled.alive) settled.dispose();
          }
        } finally {
          if (fn.alive) fn.dispose();
          if (decoder.alive) decoder.dispose();
        }
      }
      case 'design': {
        const ctor = this.resolveEntry(context, harness, call.className);
        const design = { constructorShapes: call.constructorShapes, methods: call.methods };
        return this.decode(context, this.callHarness(context, harness, 'runDesign', batch.fileName, [
          ctor,
          context.newString(call.className),
          context.newString(JSON.stringify(design)),
          context.newString(call.testJson),
        ]));
      }
      case 'generate':
        return this.callProblemFunction(context, harness, batch.fileName, 'generate', [call.size, call.seed, call.shape]);
      case 'transpile':
        throw new GuestFailure({ failure: 'runtime', message: 'transpiling is the worker\'s job, not a guest call' });
      case 'check':
        return this.callProblemFunction(context, harness, batch.fileName, 'check', [call.argsJson, call.outputJson]);
      case 'validate':
        return this.callProblemFunction(context, harness, batch.fileName, 'validate', [call.argsJson]);
    }
  }

  /** Top-level const/let/class are not on globalThis: read the name in the script scope after it ran. */
  private resolveEntry(context: QuickJSContext, harness: QuickJSHandle, name: string): QuickJSHandle {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new GuestFailure({ failure: 'runtime', message: `invalid entry name ${name}` });
    const scoped = context.evalCode(`typeof ${name} === 'undefined' ? undefined : ${name}`, 'entry.js');
    const scopeValue = this.unwrap(context, scoped, 'entry.js', harness);
    const resolved = this.callHarness(context, harness, 'resolve', 'entry.js', [scopeValue, context.newString(name)]);
    if (context.typeof(resolved) !== 'function') {
      resolved.dispose();
      throw new GuestFailure({
        failure: 'runtime',
        message: `no function or class named ${name} was found; define it at the top level (for example \`var ${name} = function (...) {...}\`)`,
      });
    }
    return resolved;
  }

  /** A codec's encoder and decoder: two top-level functions, or the methods of a class Codec or Solution. */
  private resolveCodec(context: QuickJSContext, harness: QuickJSHandle, encoderName: string, decoderName: string): [QuickJSHandle, QuickJSHandle] {
    const names = [encoderName, decoderName, 'Codec', 'Solution'];
    for (const name of names) if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new GuestFailure({ failure: 'runtime', message: `invalid entry name ${name}` });
    const scoped = context.evalCode(`[${names.map((n) => `typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ')}]`, 'entry.js');
    const scopeValues = this.unwrap(context, scoped, 'entry.js', harness);
    const pair = this.callHarness(context, harness, 'resolveCodec', 'entry.js', [scopeValues, context.newString(encoderName), context.newString(decoderName)]);
    try {
      return [context.getProp(pair, 'encoder'), context.getProp(pair, 'decoder')];
    } finally {
      pair.dispose();
    }
  }

  /**
   * A problem file's own `generate`, `check` or `validate`, passed to the harness method of the same name
   * with plain arguments (an undefined one stays undefined in the guest). The handles are made only once
   * the function is found, so a missing one leaves none behind.
   */
  private callProblemFunction(
    context: QuickJSContext,
    harness: QuickJSHandle,
    fileName: string,
    name: 'generate' | 'check' | 'validate',
    args: readonly (string | number | undefined)[],
  ): string {
    const fn = this.resolveEntry(context, harness, name);
    const handles = args.map((arg) => (arg === undefined ? context.undefined : typeof arg === 'number' ? context.newNumber(arg) : context.newString(arg)));
    return this.decode(context, this.callHarness(context, harness, name, fileName, [fn, ...handles]));
  }

  /** Calls a harness method, disposing the argument handles; guest exceptions become GuestFailure. */
  private callHarness(context: QuickJSContext, harness: QuickJSHandle, method: string, fileName: string, args: QuickJSHandle[]): QuickJSHandle {
    const fn = context.getProp(harness, method);
    try {
      return this.unwrap(context, context.callFunction(fn, context.undefined, ...args), fileName, harness);
    } finally {
      fn.dispose();
      for (const arg of args) if (arg.alive) arg.dispose();
    }
  }

  /** Drives a returned native promise with a bounded job loop and the harness's virtual timers. */
  private settle(
    context: QuickJSContext,
    runtime: QuickJSRuntime,
    harness: QuickJSHandle,
    value: QuickJSHandle,
    fileName: string,
    overTime: () => boolean,
  ): QuickJSHandle {
    let state = context.getPromiseState(value);
    if (state.type === 'fulfilled' && state.notAPromise) return value;
    try {
      while (state.type === 'pending') {
        if (overTime()) throw new GuestFailure({ failure: 'time', message: 'the returned promise did not settle within the time limit' });
        const jobs = runtime.executePendingJobs(JOBS_PER_STEP);
        if (jobs.error) {
          // A job threw: the promise that owns it records the rejection; interrupted jobs end the test.
          const failure = this.failureFrom(context, jobs.error, fileName, harness);
          jobs.error.dispose();
          if (failure.outcome.failure === 'time' || failure.recycle) throw failure;
        } else if (jobs.value === 0) {
          const timer = this.callHarness(context, harness, 'runNextTimer', fileName, []);
          const ran = context.dump(timer) === true;
          timer.dispose();
          if (!ran && context.getPromiseState(value).type === 'pending') {
            throw new GuestFailure({ failure: 'runtime', message: 'the entry point returned a promise that never settles' });
          }
        }
        state = context.getPromiseState(value);
      }
    } finally {
      value.dispose();
    }
    if (state.type === 'rejected') {
      const failure = this.failureFrom(context, state.error, fileName, harness);
      state.error.dispose();
      throw failure;
    }
    return state.value;
  }

  private decode(context: QuickJSContext, handle: QuickJSHandle): string {
    try {
      const text = context.typeof(handle) === 'string' ? context.getString(handle) : '';
      if (text.startsWith('J')) return text.slice(1);
      throw new GuestFailure({ failure: 'output', message: text.startsWith('X') ? text.slice(1) : 'the harness produced no output' });
    } finally {
      handle.dispose();
    }
  }

  private unwrap(
    context: QuickJSContext,
    result: ReturnType<QuickJSContext['evalCode']>,
    fileName: string,
    harness?: QuickJSHandle,
    compiling = false,
  ): QuickJSHandle {
    if (!result.error) return result.value;
    const failure = this.failureFrom(context, result.error, fileName, harness, compiling);
    result.error.dispose();
    throw failure;
  }

  private failureFrom(context: QuickJSContext, error: QuickJSHandle, fileName: string, harness?: QuickJSHandle, compiling = false): GuestFailure {
    let message = 'unknown error';
    let stack = '';
    if (harness) {
      const describe = context.getProp(harness, 'describeError');
      const described = context.callFunction(describe, context.undefined, error);
      describe.dispose();
      if (described.error) {
        described.error.dispose();
        message = 'threw a value that cannot be inspected';
      } else {
        const parsed = JSON.parse(context.getString(described.value)) as { message: string; stack: string };
        described.value.dispose();
        message = parsed.message;
        stack = parsed.stack;
      }
    } else {
      const dumped = context.dump(error) as unknown;
      message = typeof dumped === 'object' && dumped !== null && 'message' in dumped ? String(dumped.message) : String(dumped);
    }
    // The text of an error is the guest's to choose: out of memory and time-outs are decided by what
    // the engine did (the heap's growth, the interrupt handler), never by a message.
    if ((/out of memory/i.test(message) || message === '') && this.outOfMemory()) {
      return new GuestFailure({ failure: 'memory', message: 'ran out of memory' }, true);
    }
    if (this.interrupted) {
      return new GuestFailure({ failure: 'time', message: 'interrupted at the time limit' });
    }
    if (/InternalError: stack overflow/.test(message)) {
      const position = positionInStack(stack, fileName);
      return new GuestFailure({ failure: 'runtime', message: 'stack overflow: recursion too deep (RangeError: Maximum call stack size exceeded)', ...position });
    }
    const position = positionInStack(stack, fileName);
    if (compiling && message.startsWith('SyntaxError')) {
      return new GuestFailure({ failure: 'compile', message, ...position });
    }
    return new GuestFailure({ failure: 'runtime', message, ...position });
  }

  /** The bounded memory refused to grow during this call: an allocation really failed. */
  private outOfMemory(): boolean {
    return this.failedGrowths() > this.failedGrowthsBefore;
  }

  private heapGrown(): boolean {
    return this.module.getWasmMemory().buffer.byteLength >= RECYCLE_HEAP_BYTES;
  }

  private consoleOutput(context: QuickJSContext, harness: QuickJSHandle): string {
    try {
      const fn = context.getProp(harness, 'consoleOutput');
      const result = context.callFunction(fn, context.undefined);
      fn.dispose();
      if (result.error) {
        result.error.dispose();
        return '';
      }
      const text = context.typeof(result.value) === 'string' ? context.getString(result.value) : '';
      result.value.dispose();
      return text;
    } catch {
      return '';
    }
  }
}
