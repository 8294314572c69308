/**
 * The host side of the judge worker: one worker thread, batches queued one at a time, a watchdog
 * per call, and a fresh worker whenever one hangs or crashes (a spent QuickJS module the worker replaces itself).
 * Nothing here runs guest code, so the extension host's event loop never blocks on a solution.
 */
import { Worker } from 'node:worker_threads';
import { WALL_CAP_FACTOR } from './callClock';
import { type BatchStop, EXIT_OVER_TIME, type HostToWorker, type SandboxBatch, type SandboxOutcome, stopAfter, transformsFirst, type WorkerToHost } from './protocol';

/** Slack on top of twice the time limit before the watchdog gives up on a call. */
export const WATCHDOG_MARGIN_MS = 500;
/**
 * How long a worker's first transpile may take before it is deemed stuck: it loads TypeScript (3.5 MB,
 * about a second of CPU), and in a CI run at load 10+ that took over the 6.5 s a call gets, so correct
 * code was reported as not compiling. Later transpiles keep the per-call wait.
 */
export const TRANSPILE_WATCHDOG_MS = 30_000;

/** What the client needs of a sandbox: a worker thread, or the Python sandbox process (python/pythonProcess.ts). */
export interface SandboxChannel {
  on(event: 'message', listener: (message: WorkerToHost) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  postMessage(message: HostToWorker): void;
  terminate(): Promise<unknown>;
}

export interface WorkerClientOptions {
  workerScript: string;
  log?: (message: string) => void;
  /** Starts the sandbox; a QuickJS worker thread on workerScript by default. */
  start?: () => SandboxChannel;
  /** Whether the sandbox transforms a batch before its first call; the QuickJS worker's rule by default. */
  transformsFirst?: (batch: SandboxBatch) => boolean;
}

function startWorker(workerScript: string): SandboxChannel {
  // A large thread stack: QuickJS recursion runs on it as nested wasm frames.
  const worker = new Worker(workerScript, { resourceLimits: { stackSizeMb: 64 }, execArgv: [] });
  return {
    on: (event: 'message' | 'error' | 'exit', listener: (value: never) => void) => {
      worker.on(event, listener as (value: unknown) => void);
    },
    postMessage: (message) => {
      worker.postMessage(message);
    },
    terminate: () => worker.terminate(),
  };
}

interface Pending {
  batch: SandboxBatch;
  outcomes: (SandboxOutcome | undefined)[];
  /** performance.now() when the batch was first sent: its budget counts from there, respawns included. */
  sentAt?: number;
  stopped?: BatchStop;
  /** The batch's transform (transformsFirst) finished in the current worker; until then the watchdog times it. */
  compiled?: boolean;
  resolve: (outcomes: SandboxOutcome[]) => void;
  reject: (error: Error) => void;
}

export class WorkerClient {
  private worker: SandboxChannel | undefined;
  private ready: Promise<void> | undefined;
  private queue: Pending[] = [];
  private active: Pending | undefined;
  private nextBatchId = 1;
  private activeBatchId = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Figures for benchmarks and the reliability runner. */
  readonly stats = { spawns: 0, lastStartMs: 0, watchdogKills: 0, snapshots: false, batches: 0 };

  constructor(private readonly options: WorkerClientOptions) {}

  /** Starts the worker (QuickJS loaded) if it is not running. */
  warm(): Promise<void> {
    if (this.disposed) return Promise.reject(new Error('the judge was disposed'));
    this.ready ??= this.spawn();
    return this.ready;
  }

  runBatch(batch: SandboxBatch): Promise<SandboxOutcome[]> {
    if (batch.calls.length === 0) return Promise.resolve([]);
    this.stats.batches++;
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, outcomes: batch.calls.map(() => undefined), resolve, reject });
      this.pump();
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.clearWatchdog();
    const pending = [...(this.active ? [this.active] : []), ...this.queue];
    this.active = undefined;
    this.queue = [];
    for (const p of pending) p.reject(new Error('the judge was disposed'));
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }

  /** Whether the current worker has transpiled once, so TypeScript is loaded in it. */
  private transpilerLoaded = false;

  private spawn(): Promise<void> {
    this.stats.spawns++;
    this.transpilerLoaded = false;
    const spawnedAt = performance.now();
    const worker = this.options.start?.() ?? startWorker(this.options.workerScript);
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      worker.on('message', (message: WorkerToHost) => {
        if (message.type === 'ready') {
          started = true;
          this.stats.lastStartMs = performance.now() - spawnedAt;
          this.stats.snapshots = message.snapshots;
          this.options.log?.(`judge worker ready in ${Math.round(this.stats.lastStartMs)} ms`);
          resolve();
          return;
        }
        this.onMessage(worker, message);
      });
      worker.on('error', (error) => {
        this.options.log?.(`judge worker error: ${error.message}`);
        if (!started) reject(error);
      });
      worker.on('exit', (code) => {
        if (!started) reject(new Error(`the judge worker exited with code ${code} before it was ready`));
        this.onExit(worker, code);
      });
    });
  }

  private pump(): void {
    if (this.active || this.disposed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.active = next;
    this.warm().then(
      () => {
        this.send(next);
      },
      (error: unknown) => {
        this.active = undefined;
        this.ready = undefined;
        next.reject(error instanceof Error ? error : new Error(String(error)));
        this.pump();
      },
    );
  }

  /** Sends the calls of the active batch not yet answered, from the first unanswered one. */
  private send(pending: Pending): void {
    const worker = this.worker;
    if (!worker || this.active !== pending) return;
    const first = pending.outcomes.findIndex((o) => o === undefined);
    if (first < 0) {
      this.finish(pending);
      return;
    }
    this.activeBatchId = this.nextBatchId++;
    pending.sentAt ??= performance.now();
    const budgetMs = this.budgetLeftMs(pending);
    if (budgetMs !== undefined && budgetMs <= 0) {
      pending.stopped = 'budget';
      this.finish(pending);
      return;
    }
    const batch = { ...pending.batch, calls: pending.batch.calls.slice(first), ...(budgetMs !== undefined ? { budgetMs } : {}) };
    this.offset = first;
    pending.compiled = !(this.options.transformsFirst ?? transformsFirst)(pending.batch);
    this.armWatchdog(pending);
    worker.postMessage({ type: 'batch', batchId: this.activeBatchId, batch });
  }

  private offset = 0;

  private onMessage(worker: SandboxChannel, message: WorkerToHost): void {
    const pending = this.active;
    if (!pending || worker !== this.worker || message.type === 'ready' || message.batchId !== this.activeBatchId) return;
    if (message.type === 'compiled') {
      pending.compiled = true;
      this.transpilerLoaded = message.typeScriptLoaded;
      this.armWatchdog(pending);
      return;
    }
    if (message.type === 'done') {
      this.clearWatchdog();
      if (message.stopped !== undefined) pending.stopped = message.stopped;
      this.finish(pending);
      return;
    }
    pending.outcomes[this.offset + message.index] = message.outcome;
    this.armWatchdog(pending);
  }

  /** Ends a batch early: the worker may still be busy with it, so it is replaced before the next batch. */
  private stop(pending: Pending, reason: BatchStop): void {
    pending.stopped = reason;
    this.discardWorker();
    this.finish(pending);
  }

  private finish(pending: Pending): void {
    this.active = undefined;
    const reason = pending.stopped ?? 'budget';
    pending.resolve(pending.outcomes.map((o) => o ?? { status: 'not_run', reason, timeMs: 0, console: '' }));
    this.pump();
  }

  private budgetLeftMs(pending: Pending): number | undefined {
    if (pending.batch.budgetMs === undefined || pending.sentAt === undefined) return undefined;
    // The worker holds the budget in the calls' own time; here, the host only stops a worker that
    // overran it in wall time by the cap a single call has (callClock.ts).
    return pending.batch.budgetMs * WALL_CAP_FACTOR - (performance.now() - pending.sentAt);
  }

  /**
   * Each call may take twice its limit plus a margin (a long native call ignores the interrupt), the
   * transpile before the first call longer still; a batch with a budget is cut off when the budget
   * ends, whichever comes first.
   */
  private armWatchdog(pending: Pending): void {
    this.clearWatchdog();
    const callWait = pending.batch.timeLimitMs * (WALL_CAP_FACTOR + 0.5) + WATCHDOG_MARGIN_MS;
    const loadingTypeScript = pending.compiled !== true && !this.transpilerLoaded;
    const perCall = loadingTypeScript ? Math.max(TRANSPILE_WATCHDOG_MS, callWait) : callWait;
    const budgetLeft = this.budgetLeftMs(pending);
    const byBudget = budgetLeft !== undefined && budgetLeft < perCall;
    const limit = Math.max(0, byBudget ? budgetLeft : perCall);
    const armedAt = performance.now();
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      const index = pending.outcomes.findIndex((o) => o === undefined);
      const waited = Math.round(performance.now() - armedAt);
      const transpiling = pending.compiled !== true;
      const outcome: SandboxOutcome = transpiling
        ? { status: 'failed', failure: 'compile', message: `${pending.batch.typescript === true ? 'the TypeScript transpiler' : 'the engine-parity pass'} exceeded its time (${waited} ms)`, timeMs: waited, console: '' }
        : {
            status: 'failed',
            failure: 'time',
            message: byBudget
              ? `stopped when the whole submission reached its ${Math.round((pending.batch.budgetMs ?? 0) / 1000)} s time budget`
              : `stopped by the watchdog after ${waited} ms (a long native call ignores the interrupt)`,
            timeMs: waited,
            console: '',
          };
      if (index >= 0) pending.outcomes[index] = outcome;
      this.stats.watchdogKills++;
      this.options.log?.('judge worker stopped answering; starting a fresh one');
      if (transpiling) this.stop(pending, 'compile');
      else if (byBudget) this.stop(pending, 'budget');
      else if (stopAfter(pending.batch, outcome) !== undefined) this.stop(pending, 'time');
      else this.replaceWorker(pending);
    }, limit);
  }

  /** Terminates the current worker; the next batch starts a fresh one. */
  private discardWorker(): void {
    this.clearWatchdog();
    const old = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (old) void old.terminate();
  }

  private clearWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  /** Throws the current worker away and continues the batch on a fresh one. */
  private replaceWorker(pending: Pending): void {
    this.discardWorker();
    if (this.disposed) return;
    this.warm().then(
      () => {
        this.send(pending);
      },
      (error: unknown) => {
        this.active = undefined;
        pending.reject(error instanceof Error ? error : new Error(String(error)));
        this.pump();
      },
    );
  }

  private onExit(worker: SandboxChannel, code: number): void {
    if (worker !== this.worker) return;
    // An unexpected exit mid-batch: the unanswered call crashed the sandbox, or ran on past its limit.
    this.worker = undefined;
    this.ready = undefined;
    this.clearWatchdog();
    const pending = this.active;
    if (!pending) return;
    const index = pending.outcomes.findIndex((o) => o === undefined);
    const outcome: SandboxOutcome = code === EXIT_OVER_TIME
      ? { status: 'failed', failure: 'time', message: 'kept running after the time limit by catching the interrupt (KeyboardInterrupt), so the sandbox was stopped', timeMs: pending.batch.timeLimitMs, console: '' }
      : { status: 'failed', failure: 'runtime', message: 'the sandbox crashed while running this test', timeMs: 0, console: '' };
    if (index >= 0) pending.outcomes[index] = outcome;
    if (code === EXIT_OVER_TIME && stopAfter(pending.batch, outcome) !== undefined) {
      pending.stopped = 'time';
      this.finish(pending);
      return;
    }
    this.replaceWorker(pending);
  }
}
