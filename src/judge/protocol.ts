/**
 * Messages between the host (the extension or CLI) and the judge worker thread.
 * Everything crossing the boundary is plain data: scripts as text, values as JSON text.
 */

/** How the harness turns a JSON argument into a value and a returned value back into JSON. */
export type Shape = 'plain' | 'list' | 'tree' | 'void' | { of: Shape };

/** Libraries LeetCode's JavaScript runtime offers as globals, bundled into the sandbox. */
export const SANDBOX_LIBRARIES = ['priorityQueue', 'queue', 'deque', 'lodash'] as const;
export type SandboxLibrary = (typeof SANDBOX_LIBRARIES)[number];

export type GuestCall =
  | { kind: 'function'; entryName: string; argShapes: Shape[]; returnShape: Shape; inPlaceIndex: number | null; argsJson: string }
  | {
      kind: 'design';
      className: string;
      constructorShapes: Shape[];
      methods: Record<string, { shapes: Shape[]; returns: Shape }>;
      testJson: string;
    }
  | { kind: 'generate'; size: number; seed: number }
  | { kind: 'check'; argsJson: string; outputJson: string }
  /** Runs validator.js's `validate(args)`: the output is `true` or the violated constraint as a JSON string. */
  | { kind: 'validate'; argsJson: string };

/** One script run against several calls, each in a fresh runtime and context. */
export interface SandboxBatch {
  script: string;
  /** The name errors cite ("solution.ts"); lines in it match the user's file. */
  fileName: string;
  libraries: SandboxLibrary[];
  calls: GuestCall[];
  timeLimitMs: number;
}

export type FailureKind = 'compile' | 'runtime' | 'time' | 'memory' | 'output';

export type SandboxOutcome =
  | { status: 'returned'; outputJson: string; timeMs: number; console: string }
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

export type WorkerToHost =
  | { type: 'ready'; startMs: number }
  | { type: 'result'; batchId: number; index: number; outcome: SandboxOutcome; recycle: boolean }
  | { type: 'done'; batchId: number };
