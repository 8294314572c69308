/**
 * How a session's events are written: each is appended to the log first and then applied to the state
 * with the same fold replay uses, so the live state is the replay of what is on disk. Around each write
 * it notices breaks (the clock), idle stretches and typing windows, and tells the listeners.
 */
import type { ActiveTimer } from './activeTimer';
import type { Clock } from './clock';
import { EditActivity, FLUSH_EDITS_BEFORE, NOT_USER_ACTIVITY } from './editActivity';
import { EVENT_FORMAT_VERSION, type EventPayload, type SessionEvent } from './events';
import type { ActionResult, SessionListener } from './sessionContract';
import { applyEvent, type SessionState } from './state';
import type { SessionLogWriter } from './storage';

export class SessionRecorder {
  readonly listeners = new Set<SessionListener>();
  readonly edits = new EditActivity();
  private lastActivityT: number;

  constructor(
    private current: SessionState,
    private readonly writer: SessionLogWriter,
    private readonly clock: Clock,
    private readonly timer: ActiveTimer,
    private readonly idleThresholdMs: number,
  ) {
    this.lastActivityT = this.activeMs();
  }

  get state(): SessionState {
    return this.current;
  }

  get isClosed(): boolean {
    return !this.writer.isOpen;
  }

  activeMs(): number {
    return Math.max(this.current.lastT, Math.round(this.timer.activeMs()));
  }

  /** A user action during the interview: refused once it has ended. */
  act(payload: EventPayload): ActionResult {
    if (this.current.phase === 'done') return { ok: false, refusal: { id: 'interview_ended' } };
    return this.record(payload);
  }

  record(payload: EventPayload): ActionResult {
    if (this.isClosed) return { ok: false, refusal: { id: 'session_closed' } };
    this.append(payload);
    return { ok: true };
  }

  noticeActivity(): void {
    const now = this.activeMs();
    const quiet = now - this.lastActivityT;
    this.lastActivityT = now;
    if (quiet >= this.idleThresholdMs && this.current.phase !== 'done') this.append({ type: 'idle', durationMs: quiet });
  }

  flushEdits(): void {
    const totals = this.edits.take();
    if (totals !== null) this.append({ type: 'edit_summary', ...totals });
  }

  append(payload: EventPayload, observeClock = true): void {
    if (observeClock && this.current.phase !== 'done') {
      const gap = this.timer.observe(false);
      if (gap > 0) this.writeEvent({ type: 'break_detected', gapMs: Math.round(gap) });
    }
    if (FLUSH_EDITS_BEFORE.has(payload.type)) this.flushEdits();
    if (!NOT_USER_ACTIVITY.has(payload.type)) this.noticeActivity();
    this.writeEvent(payload);
    if (payload.type === 'paused') this.timer.pause();
    if (payload.type === 'resumed') this.timer.resume();
  }

  private writeEvent(payload: EventPayload): void {
    const event: SessionEvent = {
      ...payload,
      v: EVENT_FORMAT_VERSION,
      seq: this.current.lastSeq + 1,
      at: this.clock.wall(),
      t: this.activeMs(),
    };
    this.writer.append(event);
    this.current = applyEvent(this.current, event);
    for (const listener of this.listeners) listener(event, this.current);
  }
}
