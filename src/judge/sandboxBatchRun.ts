/**
 * The per-call loop that both sandboxes (the QuickJS worker and the Pyodide thread) run over a batch
 * whose script is ready: one place decides when a batch stops, so the two languages stop alike.
 */
import { WALL_CAP_FACTOR } from './callClock';
import { judgeAnswer } from './compare';
import { type GuestCall, type SandboxBatch, type SandboxOutcome, stopAfter, type WorkerToHost } from './protocol';

export interface CallResult {
  outcome: SandboxOutcome;
  /** The module is no longer trustworthy (out of memory, WebAssembly trap). */
  recycle: boolean;
}

/** Compares the answer inside the sandbox's thread when the call says what to expect; only a preview goes back. */
function judgeInSandbox(call: GuestCall, outcome: SandboxOutcome): SandboxOutcome {
  if (outcome.status !== 'returned' || !(call.kind === 'function' || call.kind === 'design') || call.expect === undefined) return outcome;
  const { comparison, preview } = judgeAnswer(outcome.outputJson, call.expect);
  return { ...outcome, outputJson: preview, comparison };
}

export interface BatchRun {
  batchId: number;
  batch: SandboxBatch;
  /** `performance.now()` when the batch arrived: its wall-time cap counts from there. */
  startedMs: number;
  post: (message: WorkerToHost) => void;
  runCall: (call: GuestCall) => CallResult;
  /** Replaces a sandbox that a call left spent, before the next call runs. */
  replaceSpent: () => Promise<void>;
}

/** Runs the calls in order, posting each judged result, until the budget, a stopping outcome or the end. */
export async function runSandboxBatch(run: BatchRun): Promise<void> {
  const { batchId, batch, post } = run;
  // The budget counts the calls' own time (CPU time, as their limits do), and wall time only past the
  // same cap a single call has (callClock.ts), so a busy machine does not cut a submission short.
  let spentMs = 0;
  for (let index = 0; index < batch.calls.length; index++) {
    const call = batch.calls[index];
    if (call === undefined) continue;
    if (batch.budgetMs !== undefined && (spentMs > batch.budgetMs || performance.now() - run.startedMs > batch.budgetMs * WALL_CAP_FACTOR)) {
      post({ type: 'done', batchId, stopped: 'budget' });
      return;
    }
    const result = run.runCall(call);
    spentMs += result.outcome.timeMs;
    const outcome = judgeInSandbox(call, result.outcome);
    post({ type: 'result', batchId, index, outcome });
    if (result.recycle) await run.replaceSpent();
    const stopped = stopAfter(batch, outcome);
    if (stopped !== undefined) {
      post({ type: 'done', batchId, stopped });
      return;
    }
  }
  post({ type: 'done', batchId });
}
