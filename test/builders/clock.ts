import type { Clock } from '../../src/core/clock';

/**
 * A clock the test moves by hand. `advance` is ordinary time passing; `suspend` is the machine
 * sleeping (wall time passes, monotonic does not, as on Linux); `jumpWall` is someone changing the
 * system time.
 */
export class ManualClock implements Clock {
  private mono: number;
  private wallMs: number;

  constructor(startWall = Date.UTC(2026, 10, 24, 9, 0, 0), startMono = 1_000) {
    this.wallMs = startWall;
    this.mono = startMono;
  }

  monotonic(): number {
    return this.mono;
  }

  wall(): number {
    return this.wallMs;
  }

  advance(ms: number): this {
    this.mono += ms;
    this.wallMs += ms;
    return this;
  }

  suspend(ms: number): this {
    this.wallMs += ms;
    return this;
  }

  /** Sleep on a platform whose monotonic clock keeps counting through it. */
  suspendCountingMonotonic(ms: number): this {
    return this.advance(ms);
  }

  jumpWall(ms: number): this {
    this.wallMs += ms;
    return this;
  }

  /** The clock of a new process: same wall time, unrelated monotonic origin. */
  restartProcess(newMonoOrigin = 500): this {
    this.mono = newMonoOrigin;
    return this;
  }
}
