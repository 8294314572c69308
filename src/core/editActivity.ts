/**
 * Typing is summarised, not logged keystroke by keystroke: characters added and removed, and bursts
 * (runs of edits with no pause longer than a couple of seconds), flushed as one edit_summary per window.
 */
import type { SessionEvent } from './events';

/** Events that end a window of typing so edit totals land before what they led to. */
export const FLUSH_EDITS_BEFORE = new Set<SessionEvent['type']>(['phase_changed', 'run_completed', 'submitted', 'gave_up', 'time_expired', 'paused']);

/** Events that are not the user doing something, so they neither end nor reveal an idle stretch. */
export const NOT_USER_ACTIVITY = new Set<SessionEvent['type']>([
  'session_started', 'break_detected', 'focus_changed', 'idle', 'edit_summary', 'time_expired', 'session_ended', 'phase_changed',
  'run_completed', 'submitted', 'scaling_measured', 'mutants_measured',
]);

export interface EditTotals {
  added: number;
  removed: number;
  bursts: number;
}

export class EditActivity {
  private pending: EditTotals = { added: 0, removed: 0, bursts: 0 };
  private windowStartT: number | null = null;
  private lastEditT = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly burstGapMs = 2_000,
    private readonly windowMs = 30_000,
  ) {}

  note(added: number, removed: number, activeMs: number): void {
    if (activeMs - this.lastEditT > this.burstGapMs) this.pending.bursts += 1;
    this.lastEditT = activeMs;
    this.pending.added += Math.max(0, Math.round(added));
    this.pending.removed += Math.max(0, Math.round(removed));
    this.windowStartT ??= activeMs;
  }

  get hasPending(): boolean {
    return this.windowStartT !== null;
  }

  /** True once the current window has run its length. */
  due(activeMs: number): boolean {
    return this.windowStartT !== null && activeMs - this.windowStartT >= this.windowMs;
  }

  take(): EditTotals | null {
    if (this.windowStartT === null) return null;
    const totals = this.pending;
    this.pending = { added: 0, removed: 0, bursts: 0 };
    this.windowStartT = null;
    return totals;
  }
}
