/**
 * The Python sandbox process (bundled to dist/python-sandbox.mjs): Pyodide in a Node process of its
 * own, started by pythonProcess.ts with Node's permission model and no code generation from strings.
 * It speaks the worker's protocol, answering after every call so the host's watchdog can tell which
 * test hung. See README "Python: threat model" for what each layer blocks.
 *
 * The process's main thread only relays messages between the host's IPC channel and one worker
 * thread that runs Pyodide. The worker has a 64 MiB stack: CPython frees a long chain of objects
 * (a 5,000-node linked list) by recursing in C, which overflowed the main thread's 1 MB stack. The
 * guest's JavaScript realm is the worker's, which holds no IPC channel to the host.
 */
import { constants as fsConstants } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { CallClock, overLimitMessage } from '../callClock';
import { DEFAULT_MAX_OUTPUT_CHARS, EXIT_OVER_TIME, type GuestCall, type HostToWorker, type SandboxBatch, type SandboxOutcome, type WorkerToHost } from '../protocol';
import { type CallResult, runSandboxBatch } from '../sandboxBatchRun';
import HARNESS from './harness.py';
import LOCKDOWN from './lockdown.py';
import NODE_SHAPES from './node_shapes.py';
import VALUES from './values.py';

/** The ceiling on Pyodide's WebAssembly memory: refused growth is a MemoryError inside Python. */
export const PYTHON_MEMORY_BYTES = 512 * 1024 * 1024;
/** After a call that left the heap this large (or ran out of memory), the interpreter is replaced. */
const RECYCLE_HEAP_BYTES = 320 * 1024 * 1024;

type PyCallable = ((...args: unknown[]) => unknown) & { destroy?: () => void };

/** The Pyodide thread's stack, in MiB (a linked list of ~250,000 nodes frees within it). */
const PYTHON_STACK_MB = 64;

// Captured before the globals are removed: the only way the Pyodide thread talks to the relay.
const relay = parentPort;
const send = (message: WorkerToHost): void => {
  relay?.postMessage(message);
};
/** Asks the relay to end the process: this thread may be stuck in a loop that swallows every interrupt. */
const GIVE_UP = 'onsite:give-up';

/**
 * Pyodide reads file-system flag constants through process.binding, which the permission model
 * denies; the public fs.constants hold the same numbers.
 */
Object.defineProperty(process, 'binding', {
  value: (name: string) => {
    if (name === 'constants') return { fs: fsConstants };
    throw new Error(`process.binding(${name}) is not available in the sandbox`);
  },
});

let failedGrowths = 0;
const nativeGrow: (this: WebAssembly.Memory, delta: number) => number = Reflect.get(WebAssembly.Memory.prototype, 'grow');
WebAssembly.Memory.prototype.grow = function grow(this: WebAssembly.Memory, delta: number): number {
  if (this.buffer.byteLength + delta * 65536 > PYTHON_MEMORY_BYTES) {
    failedGrowths++;
    throw new RangeError('the sandbox memory limit is reached');
  }
  return Reflect.apply(nativeGrow, this, [delta]);
};

/**
 * Pyodide's eval loop polls `buffer[0]` every few dozen bytecodes and raises KeyboardInterrupt
 * when it reads 2 (SIGINT). A getter that compares the clock with the test's deadline needs no
 * second thread: a loop is stopped where it runs, and the process lives on.
 */
/** The call's time, on this thread's CPU time as in the QuickJS sandbox (../callClock.ts). */
const clock = new CallClock();
let interrupted = false;
let lastInterrupt = 0;
/** A solution that catches KeyboardInterrupt is interrupted again this often; the harness's own code after the deadline gets the time between. */
const REINTERRUPT_MS = 250;
/**
 * Still running this long after the first interrupt, the solution is swallowing them: the relay ends
 * the process with EXIT_OVER_TIME, which the host reads as the call's time-out. Its watchdog would
 * otherwise wait the limit's wall cap (3.5 × 48 s for Two Sum in Python: 168 s). process.exit on this
 * thread cannot do it: from inside the interpreter's poll, the termination never reaches the loop.
 */
const GIVE_UP_AFTER_MS = 2000;
let firstInterrupt = 0;
let gaveUp = false;
/** Read through a call: the getter below sets the flag behind the type checker's back. */
function wasInterrupted(): boolean {
  return interrupted;
}

const interruptBuffer = {
  get 0(): number {
    if (!clock.overTime()) return 0;
    const now = performance.now();
    if (interrupted && !gaveUp && now - firstInterrupt > GIVE_UP_AFTER_MS) {
      gaveUp = true;
      relay?.postMessage(GIVE_UP);
    }
    if (interrupted && now - lastInterrupt < REINTERRUPT_MS) return 0;
    if (!interrupted) firstInterrupt = now;
    interrupted = true;
    lastInterrupt = now;
    return 2;
  },
  set 0(_value: number) {
    // Pyodide clears the flag after reading it; the clock decides, not the flag.
  },
};

interface Interpreter {
  pyodide: PyodideAPI;
  runCall: PyCallable;
}

/** This script (argv[1], the same in the worker); Pyodide's runtime sits in pyodide/ beside it. */
const script = process.argv[1] ?? '.';
const here = dirname(script);

async function freshInterpreter(): Promise<Interpreter> {
  const pyodide = await loadPyodide({
    indexURL: join(here, 'pyodide') + '/',
    // The `js` module sees this empty object, not globalThis.
    jsglobals: Object.create(null) as object,
    stdout: () => undefined,
    stderr: () => undefined,
    stdin: () => null,
    env: { HOME: '/home/pyodide' },
    checkAPIVersion: true,
  });
  pyodide.setInterruptBuffer(interruptBuffer as unknown as Int32Array);
  // The harness's own globals: a dictionary made by Python, so nothing of __main__ is shared.
  const namespace: unknown = pyodide.runPython('dict()');
  pyodide.runPython(VALUES, { globals: namespace as never, filename: 'values.py' });
  pyodide.runPython(NODE_SHAPES, { globals: namespace as never, filename: 'node_shapes.py' });
  pyodide.runPython(HARNESS, { globals: namespace as never, filename: 'harness.py' });
  const runCall = (namespace as { get: (name: string) => unknown }).get('run_call') as PyCallable;
  // Python holds the API object and the realm's globals only through these registrations.
  pyodide.unregisterJsModule('pyodide_js');
  pyodide.unregisterJsModule('js');
  pyodide.runPython(LOCKDOWN, { filename: 'lockdown.py' });
  return { pyodide, runCall };
}

function heapBytes(interpreter: Interpreter): number {
  return (interpreter.pyodide as unknown as { _module: { HEAP8: Int8Array } })._module.HEAP8.buffer.byteLength;
}

interface GuestError {
  kind: 'compile' | 'runtime' | 'interrupt' | 'memory' | 'recursion';
  message: string;
  line: number | null;
}

function runCall(interpreter: Interpreter, batch: SandboxBatch, call: GuestCall): CallResult {
  if (call.kind !== 'function' && call.kind !== 'design') {
    return { outcome: { status: 'failed', failure: 'runtime', message: `the Python sandbox runs solutions only, not ${call.kind} calls`, timeMs: 0, console: '' }, recycle: false };
  }
  const growthsBefore = failedGrowths;
  interrupted = false;
  gaveUp = false;
  clock.start(batch.timeLimitMs);
  let reply: unknown;
  try {
    reply = interpreter.runCall(batch.script, batch.fileName, JSON.stringify(call), call.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS);
  } catch (error) {
    // The harness catches every Python exception; what gets here is an interrupt that landed in its
    // last lines (the interpreter is sound) or a fatal Pyodide error (it is not).
    const time = clock.finish();
    const { timeMs } = time;
    if (wasInterrupted()) return { outcome: { status: 'failed', failure: 'time', message: overLimitMessage(time, batch.timeLimitMs), timeMs, console: '' }, recycle: false };
    const memory = failedGrowths > growthsBefore;
    const reason = error instanceof Error ? error.message : String(error);
    const message = memory ? 'ran out of memory' : `the Python sandbox aborted: ${reason.slice(0, 500)}`;
    return { outcome: { status: 'failed', failure: memory ? 'memory' : 'runtime', message, timeMs, console: '' }, recycle: true };
  }
  const time = clock.finish();
  const { timeMs } = time;
  if (typeof reply !== 'string') {
    destroyProxy(reply);
    return { outcome: { status: 'failed', failure: 'runtime', message: 'the Python harness answered with something other than text', timeMs, console: '' }, recycle: true };
  }
  const colon = reply.indexOf(':');
  const consoleLength = Number(reply.slice(0, colon));
  const console = reply.slice(colon + 1, colon + 1 + consoleLength);
  const encoded = reply.slice(colon + 1 + consoleLength);
  const outOfMemory = failedGrowths > growthsBefore;
  const recycle = outOfMemory || heapBytes(interpreter) >= RECYCLE_HEAP_BYTES;
  const failed = (failure: Extract<SandboxOutcome, { status: 'failed' }>['failure'], message: string, line?: number | null): CallResult => ({
    outcome: { status: 'failed', failure, message, ...(line !== undefined && line !== null ? { line, column: 1 } : {}), timeMs, console },
    recycle,
  });
  if (encoded.startsWith('J')) {
    if (time.overLimit) return failed('time', overLimitMessage(time, batch.timeLimitMs));
    return { outcome: { status: 'returned', outputJson: encoded.slice(1), timeMs, console }, recycle };
  }
  if (encoded.startsWith('X')) return failed('output', encoded.slice(1));
  const error = JSON.parse(encoded.slice(1)) as GuestError;
  // The verdict comes from what the runtime did (the deadline passed, the memory refused to grow),
  // never from an exception's name alone: a solution can raise KeyboardInterrupt or MemoryError itself.
  if (wasInterrupted() && error.kind !== 'compile') return failed('time', overLimitMessage(time, batch.timeLimitMs), error.line);
  if (outOfMemory && error.kind !== 'compile') return failed('memory', `ran out of memory (${PYTHON_MEMORY_BYTES / 1024 / 1024} MiB)`, error.line);
  // Python refuses a huge allocation ([0] * 10**10) before asking for memory; raising MemoryError
  // oneself only earns a worse verdict.
  if (error.kind === 'memory') return failed('memory', `ran out of memory: ${error.message}`, error.line);
  if (error.kind === 'compile') return failed('compile', error.message, error.line);
  return failed('runtime', error.message, error.line);
}

function destroyProxy(value: unknown): void {
  if (typeof value === 'object' && value !== null && 'destroy' in value && typeof value.destroy === 'function') (value as { destroy: () => void }).destroy();
}

/** A tiny batch run once at start: compiles the harness's paths before the first Run. */
const WARM_UP: SandboxBatch = {
  script: 'class Solution:\n    def warm(self, head: Optional[ListNode], n: int) -> List[int]:\n        seen = defaultdict(list)\n        seen[n].append(n)\n        return [head.val, n]\n',
  fileName: 'warmup.py',
  libraries: [],
  timeLimitMs: 5000,
  calls: [{ kind: 'function', entryName: 'warm', argShapes: ['list', 'plain'], returnShape: 'plain', inPlaceIndex: null, argsJson: '[[1,2,3],4]' }],
};

/**
 * JavaScript globals that would hand a route out (Pyodide's own `require` shim returns child_process
 * and fs; `process` reaches everything): removed once Pyodide is loaded, so even a Python escape into
 * the JavaScript realm finds no handle on the host.
 */
const REMOVED_GLOBALS = ['process', 'require', 'fetch', 'WebSocket', 'EventSource', 'navigator', 'Buffer', 'module', 'exports', '__filename', '__dirname'];

const removedGlobals = new Map<string, PropertyDescriptor>();

function removeGlobals(): void {
  for (const name of REMOVED_GLOBALS) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (descriptor === undefined) continue;
    // A non-configurable global stays; the permission model still holds below it.
    if (Reflect.deleteProperty(globalThis, name)) removedGlobals.set(name, descriptor);
  }
}

/** Loading Pyodide again (after an out-of-memory) needs `process` to know it runs in Node; no guest code runs meanwhile. */
async function reloadInterpreter(): Promise<Interpreter> {
  for (const [name, descriptor] of removedGlobals) Object.defineProperty(globalThis, name, descriptor);
  try {
    return await freshInterpreter();
  } finally {
    removeGlobals();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  let interpreter = await freshInterpreter();
  removeGlobals();
  for (const call of WARM_UP.calls) runCall(interpreter, WARM_UP, call);
  // Pyodide has no QuickJS contexts to snapshot: every test gets fresh globals in the same interpreter.
  send({ type: 'ready', startMs: performance.now() - started, snapshots: false });
  let queue = Promise.resolve();
  relay?.on('message', (message: HostToWorker) => {
    queue = queue.then(() => runBatch(message)).catch((error: unknown) => {
      send({ type: 'done', batchId: message.batchId, stopped: 'budget' });
      throw error;
    });
  });

  async function runBatch(message: HostToWorker): Promise<void> {
    const { batchId, batch } = message;
    await runSandboxBatch({
      batchId,
      batch,
      startedMs: performance.now(),
      post: send,
      runCall: (call) => runCall(interpreter, batch, call),
      replaceSpent: async () => {
        interpreter = await reloadInterpreter();
      },
    });
  }
}

/** The main thread: starts the Pyodide thread and relays; when that thread dies, so does the process (the host starts a new one). */
function relayToPythonThread(): void {
  const worker = new Worker(script, { resourceLimits: { stackSizeMb: PYTHON_STACK_MB }, argv: process.argv.slice(2) });
  worker.on('message', (message: WorkerToHost | typeof GIVE_UP) => {
    if (message === GIVE_UP) process.exit(EXIT_OVER_TIME);
    process.send?.(message);
  });
  process.on('message', (message: HostToWorker) => {
    worker.postMessage(message);
  });
  process.on('disconnect', () => process.exit(0));
  worker.on('error', () => process.exit(70));
  worker.on('exit', (code) => process.exit(code === 0 ? 71 : code));
}

if (isMainThread) relayToPythonThread();
else void main();
