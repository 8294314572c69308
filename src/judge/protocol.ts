/**
 * Messages between the host (the extension or CLI) and the judge worker thread.
 * Everything crossing the boundary is plain data: scripts as text, values as JSON text.
 */

import type { CompareMode, Problem } from '../problems/types';
import { needsParityPass } from './engineParity';

/** How much of a judged answer travels back to the host for display. */
export const OUTPUT_PREVIEW_CHARS = 64 * 1024;

/**
 * How the harness turns a JSON argument into a value and a returned value back into JSON.
 * `graph` and `randomList` are LeetCode's `_Node` structures (an adjacency list; `[val, random index]`
 * pairs); `{ tailOf: i }` is a number that links the tail of argument i's list to that index and is
 * not passed; `{ nodeOf: i }` is a node of argument i's tree, given (and judged) by its value.
 */
export type Shape = 'plain' | 'list' | 'tree' | 'void' | 'graph' | 'randomList' | { of: Shape } | { tailOf: number } | { nodeOf: number };

/** Which `_Node` class a problem's values use: the harness installs it as `_Node` and `Node` before the script runs. */
export type NodeClass = 'graph' | 'randomList';

/**
 * The parts of a function call beyond its arguments: a codec's decoder (the answer is
 * decoder(entry(...args))), the `_Node` class to install, and whether the answer must share no
 * node with the input (a deep copy, or a tree rebuilt from its encoding).
 */
export interface FunctionCallExtras {
  decoderName?: string;
  nodeClass?: NodeClass;
  freshOutput?: boolean;
}

/**
 * The exit code of a sandbox process that ended itself because a call kept running past its time
 * limit after being interrupted again and again (Python code that catches KeyboardInterrupt): the
 * host reads it as that call's time-out rather than a crash, without waiting for its watchdog.
 */
export const EXIT_OVER_TIME = 124;

/** Libraries LeetCode's JavaScript runtime offers as globals, bundled into the sandbox. */
export const SANDBOX_LIBRARIES = ['priorityQueue', 'queue', 'deque', 'lodash'] as const;
export type SandboxLibrary = (typeof SANDBOX_LIBRARIES)[number];

/**
 * What a solution's answer is judged against inside the worker, so the host never parses or
 * compares a guest's output on its own thread: only the verdict and a bounded preview come back.
 */
export interface Expectation {
  expectedJson: string;
  mode: Exclude<CompareMode, 'any-valid'>;
  /** Absolute tolerance for 'float' (the statement's), unless `relative`. */
  tolerance?: { value: number; relative: boolean };
}

/** Caps on a call's answer: its size before it leaves the sandbox, and how it is judged. */
export interface AnswerLimits {
  maxOutputChars?: number;
  expect?: Expectation;
}

export type GuestCall =
  | ({ kind: 'function'; entryName: string; argShapes: Shape[]; returnShape: Shape; inPlaceIndex: number | null; argsJson: string } & FunctionCallExtras & AnswerLimits)
  | ({
      kind: 'design';
      className: string;
      constructorShapes: Shape[];
      methods: Record<string, { shapes: Shape[]; returns: Shape }>;
      testJson: string;
    } & AnswerLimits)
  | { kind: 'generate'; size: number; seed: number; shape?: string }
  | { kind: 'check'; argsJson: string; outputJson: string }
  /** Runs validator.js's `validate(args)`: the output is `true` or the violated constraint as a JSON string. */
  | { kind: 'validate'; argsJson: string }
  /** Not guest code: the worker transpiles the batch's TypeScript and answers `{script, lineMap}` as JSON. */
  | { kind: 'transpile' };

/** One script run against several calls, each in a fresh runtime and context. */
export interface SandboxBatch {
  script: string;
  /** The name errors cite ("solution.ts"); positions are reported in the user's file. */
  fileName: string;
  /**
   * The script is TypeScript: the worker transpiles it before the first call, inside the watchdog's
   * reach, because a pathological file must never stall the host.
   */
  typescript?: boolean;
  libraries: SandboxLibrary[];
  /** Guest source the worker evaluates after the harness and before the script (its own helpers). */
  prelude?: string;
  /** Names of the Node built-in groups to install before the script (guest/nodeBuiltins.ts). */
  builtins?: string[];
  calls: GuestCall[];
  timeLimitMs: number;
  /**
   * Stop at the first test that runs out of time or memory, as LeetCode stops at the first failure:
   * the rest of a submission would only wait out the same limit again.
   */
  failFast?: boolean;
  /** Wall time the whole batch may take; calls not started by then are not run. */
  budgetMs?: number;
  /**
   * The script is the bundled bank's own generator.js or validator.js: its `generate` or `validate`
   * calls run in the worker thread's engine, not in QuickJS (trustedScripts.ts). Never set for a
   * user's folder.
   */
  trustedScript?: true;
}

/** An answer's (and a generated input's) length cap when the call names none, in every sandbox. */
export const DEFAULT_MAX_OUTPUT_CHARS = 16 * 1024 * 1024;

/**
 * The batch fields for a problem's generator.js or validator.js: the bundled bank's ship with the
 * extension and run in the worker's V8 (trustedScripts.ts); a user's folder always runs in QuickJS.
 */
export function problemScriptTrust(problem: Problem): Pick<SandboxBatch, 'trustedScript'> {
  return problem.origin === 'bundled' ? { trustedScript: true } : {};
}

/**
 * Whether the QuickJS worker transforms the batch's script before its first call (and then posts
 * 'compiled'): TypeScript, or JavaScript the engine-parity pass rewrites. Host and worker both ask.
 */
export function transformsFirst(batch: SandboxBatch): boolean {
  if (batch.trustedScript === true) return false;
  return batch.typescript === true || needsParityPass(batch.script);
}

export type FailureKind = 'compile' | 'runtime' | 'time' | 'memory' | 'output';

export type SandboxOutcome =
  | {
      status: 'returned';
      /** The answer as JSON; when judged in the worker, a preview at most OUTPUT_PREVIEW_CHARS long. */
      outputJson: string;
      timeMs: number;
      console: string;
      /** Set when the call carried an Expectation. */
      comparison?: { equal: true } | { equal: false; reason: string };
    }
  /** Never started: an earlier call ended the batch (see BatchStop). */
  | { status: 'not_run'; reason: BatchStop; timeMs: 0; console: '' }
  | {
      status: 'failed';
      failure: FailureKind;
      message: string;
      line?: number;
      column?: number;
      timeMs: number;
      console: string;
    };

export type HostToWorker = { type: 'batch'; batchId: number; batch: SandboxBatch };

/** Why a batch ended before its last call. */
export type BatchStop = 'compile' | 'time' | 'memory' | 'budget';

export type WorkerToHost =
  /** `snapshots`: each call starts from a memory snapshot of a prepared context (memorySnapshot.ts). */
  | { type: 'ready'; startMs: number; snapshots: boolean }
  /**
   * A batch the worker transforms first (TypeScript, or JavaScript the engine-parity pass rewrites) is
   * ready to run: from here on the watchdog times the calls. `typeScriptLoaded`: later transforms in
   * this worker need not load the transpiler.
   */
  | { type: 'compiled'; batchId: number; typeScriptLoaded: boolean }
  | { type: 'result'; batchId: number; index: number; outcome: SandboxOutcome }
  | { type: 'done'; batchId: number; stopped?: BatchStop };

/**
 * Whether an outcome ends its batch. A compile error is the same for every call of the script; time
 * and memory end a fail-fast batch. The worker and the host both ask, so a watchdog verdict stops too.
 */
export function stopAfter(batch: Pick<SandboxBatch, 'failFast'>, outcome: SandboxOutcome): BatchStop | undefined {
  if (outcome.status !== 'failed') return undefined;
  if (outcome.failure === 'compile') return 'compile';
  if (batch.failFast === true && (outcome.failure === 'time' || outcome.failure === 'memory')) return outcome.failure;
  return undefined;
}

/** The wall budget of a whole submission: whatever the code does, it answers within this. */
export function submissionBudgetMs(timeLimitMs: number): number {
  return Math.max(2 * timeLimitMs + 1000, 10_000);
}
