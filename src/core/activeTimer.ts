/**
 * Active time: what the interview clock shows. It advances with the monotonic clock while the session
 * runs and stands still while it is paused. Two kinds of break are recognised:
 *  - the wall clock moved much further than the monotonic one (Linux and macOS stop the monotonic
 *    clock while the machine sleeps): active time is already right, the gap is only reported;
 *  - the monotonic clock itself jumped far beyond the once-a-second tick the UI promised (platforms
 *    whose monotonic clock keeps counting through sleep): the excess is taken out of active time.
 */
import type { Clock } from './clock';

export interface TimerOptions {
  /** Wall-versus-monotonic disagreement above which the machine is taken to have slept. */
  breakThresholdMs: number;
  /** Monotonic time between two ticks above which the process is taken to have been frozen. */
  silentGapMs: number;
}

export const DEFAULT_TIMER_OPTIONS: TimerOptions = {
  breakThresholdMs: 5_000,
  silentGapMs: 120_000,
};

export class ActiveTimer {
  private baseActive: number;
  private baseMono: number;
  private running: boolean;
  private lastMono: number;
  private lastWall: number;
  private ticking = false;

  constructor(
    private readonly clock: Clock,
    startActiveMs: number,
    running: boolean,
    private readonly options: TimerOptions = DEFAULT_TIMER_OPTIONS,
  ) {
    this.baseActive = startActiveMs;
    this.baseMono = clock.monotonic();
    this.running = running;
    this.lastMono = this.baseMono;
    this.lastWall = clock.wall();
  }

  get isRunning(): boolean {
    return this.running;
  }

  activeMs(): number {
    if (!this.running) return this.baseActive;
    return this.baseActive + Math.max(0, this.clock.monotonic() - this.baseMono);
  }

  pause(): void {
    if (!this.running) return;
    this.rebase();
    this.running = false;
  }

  resume(): void {
    if (this.running) return;
    this.baseMono = this.clock.monotonic();
    this.running = true;
  }

  /**
   * Compares both clocks with the previous observation and returns the length of a break to record,
   * or 0. Called on every tick and before every recorded event, so a break is attributed to the
   * moment the session noticed it.
   */
  observe(isTick: boolean): number {
    const mono = this.clock.monotonic();
    const wall = this.clock.wall();
    const monoGap = mono - this.lastMono;
    const wallGap = wall - this.lastWall;
    this.lastMono = mono;
    this.lastWall = wall;
    const wasTicking = this.ticking;
    if (isTick) this.ticking = true;
    // The whole gap is taken out: the previous tick is the last moment the session was known to be
    // alive, so the true break is uncertain by at most one tick interval.
    if (this.running && isTick && wasTicking && monoGap > this.options.silentGapMs) {
      this.rebase();
      this.baseActive -= monoGap;
      return monoGap;
    }
    // Reported while paused too: the debrief shows a sleep as a sleep, even if it cost no active time.
    const slept = wallGap - monoGap;
    return slept > this.options.breakThresholdMs ? slept : 0;
  }

  private rebase(): void {
    const mono = this.clock.monotonic();
    this.baseActive = this.activeMs();
    this.baseMono = mono;
  }
}
