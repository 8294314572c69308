/**
 * The clock a guest call's time limit is measured on: the CPU time of the thread running it.
 *
 * Wall time made verdicts depend on the machine: on this shared 2-core machine a loop that used
 * 1.4 s of CPU took 3.8 s of wall time at load average 5, so correct solutions timed out whenever
 * something else ran (CI, a build, the editor's own language servers). LeetCode limits CPU time too.
 * Reading the thread's CPU time costs a system call, so the interrupt handler only asks once the
 * wall time has passed the limit (CPU time never runs ahead of wall time on one thread), and then
 * again when the CPU time could next reach it. A call still ends at 3 × its limit in wall time,
 * so a busy machine delays an answer by at most two limits (and the host's watchdog, at 3.5 × the
 * limit plus a margin, stays behind it).
 *
 * Where no per-thread CPU clock exists (not Linux, Node before `process.threadCpuUsage`), the wall
 * clock decides, as before.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A call ends at this multiple of its limit in wall time, whatever CPU time it used. A correct
 * solution at a third of its limit passes up to a 9× slowdown. At 1.5 (4.5×), helpers working at
 * load 10–13 on this 2-core machine saw correct corpus solutions stopped with 211–347 ms of CPU on a
 * 1000 ms limit, and the bank's own references on their efficiency tier: a verdict the machine's
 * load decided. The host's watchdog waits half a limit (plus a margin) longer, for the guest to unwind.
 */
export const WALL_CAP_FACTOR = 3;
/**
 * Below this wall time a call's reported time is its wall time: the kernel adds a running thread's
 * CPU time up at scheduler ticks (1-4 ms), too coarse for short calls, where load hardly matters.
 */
const CPU_REPORT_MIN_MS = 50;
/** The least wait before the CPU time is read again, so a call just under its limit is not polled in a loop. */
const MIN_RECHECK_MS = 5;

type CpuClock = () => number;

export interface CallTime {
  /** The time the limit applies to: CPU time where the thread's CPU clock exists (wall time for short calls), else wall time. */
  timeMs: number;
  wallMs: number;
  /** The call used more than its limit, or was stopped at the wall-time cap. */
  overLimit: boolean;
}

/** Why a call over its limit was stopped, in the clock's terms. */
export function overLimitMessage(time: CallTime, limitMs: number): string {
  if (time.timeMs >= limitMs) return `ran over the ${limitMs} ms limit (${Math.round(time.timeMs)} ms)`;
  return `stopped at ${Math.round(time.wallMs)} ms of wall time, ${WALL_CAP_FACTOR}× the ${limitMs} ms limit, with ${Math.round(time.timeMs)} ms of it running: the machine was busy`;
}

export class CallClock {
  private readonly cpu: CpuClock | undefined = thisThreadsClock();
  private limitMs = Number.POSITIVE_INFINITY;
  private wallStart = 0;
  private cpuStart = 0;
  /** The wall time at which the limit is next checked; infinite outside a call. */
  private checkAt = Number.POSITIVE_INFINITY;
  private wallCapAt = Number.POSITIVE_INFINITY;
  private stopped = false;

  /** Whether limits are on CPU time here (else wall time). */
  get measuresCpu(): boolean {
    return this.cpu !== undefined;
  }

  start(limitMs: number): void {
    this.limitMs = limitMs;
    this.stopped = false;
    this.cpuStart = this.cpu?.() ?? 0;
    this.wallStart = performance.now();
    this.checkAt = this.wallStart + limitMs;
    this.wallCapAt = this.wallStart + limitMs * WALL_CAP_FACTOR;
  }

  /** For the interrupt handler and the promise loop: true once the call is over its time (and from then on). */
  overTime(): boolean {
    if (this.stopped) return true;
    const now = performance.now();
    if (now <= this.checkAt) return false;
    if (this.cpu === undefined || now >= this.wallCapAt) return this.stop();
    const used = this.cpu() - this.cpuStart;
    if (used >= this.limitMs) return this.stop();
    this.checkAt = Math.min(this.wallCapAt, now + Math.max(MIN_RECHECK_MS, this.limitMs - used));
    return false;
  }

  /** Ends the call's window; its time, by the clock the limit applies to. */
  finish(): CallTime {
    const wallMs = performance.now() - this.wallStart;
    const timeMs = this.cpu === undefined || wallMs < CPU_REPORT_MIN_MS ? wallMs : Math.min(wallMs, this.cpu() - this.cpuStart);
    const overLimit = this.stopped || timeMs > this.limitMs || wallMs >= this.limitMs * WALL_CAP_FACTOR;
    this.checkAt = Number.POSITIVE_INFINITY;
    this.limitMs = Number.POSITIVE_INFINITY;
    return { timeMs, wallMs, overLimit };
  }

  private stop(): true {
    this.stopped = true;
    return true;
  }
}

let threadClock: { clock: CpuClock | undefined } | undefined;

/** One per thread (a module instance lives in one thread): sandboxes are replaced often, the clock's file stays open once. */
function thisThreadsClock(): CpuClock | undefined {
  threadClock ??= { clock: threadCpuClock() };
  return threadClock.clock;
}

/** This thread's CPU time in ms, if the platform tells it. */
function threadCpuClock(): CpuClock | undefined {
  const threadCpuUsage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage;
  if (typeof threadCpuUsage === 'function') {
    return () => {
      const usage = threadCpuUsage.call(process);
      return (usage.user + usage.system) / 1000;
    };
  }
  return linuxThreadClock();
}

/**
 * Linux's per-thread scheduler statistics: the first field is the nanoseconds this thread spent on a
 * CPU. The file is opened once, by the thread that runs the calls, and re-read from its start.
 */
function linuxThreadClock(): CpuClock | undefined {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(96);
  const read = (): number => {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.toString('latin1', 0, length);
    return Number(text.slice(0, text.indexOf(' '))) / 1e6;
  };
  try {
    if (!Number.isFinite(read())) throw new Error('unreadable');
  } catch {
    closeSync(fd);
    return undefined;
  }
  return read;
}
