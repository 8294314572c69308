/**
 * Session logs on disk: one JSON-lines file per session, appended and never rewritten. Each event is
 * handed to the OS as one write as soon as it happens, so a crash of the editor loses nothing the
 * session acknowledged; fsync (which survives power loss too) is forced at the moments that matter and
 * batched otherwise. A kill in the middle of a write can leave a torn final line, which readers drop
 * and writers cut off before appending again.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEventLine, serializeEvent } from './eventLog';
import type { EventPayload, SessionEvent } from './events';
import { foldEvent, initialState, ReplayError, type SessionState } from './state';

export const LOG_EXTENSION = '.jsonl';
const LOCK_EXTENSION = '.lock';
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface LineIssue {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface SessionLog {
  sessionId: string;
  file: string;
  events: SessionEvent[];
  state: SessionState;
  /** Lines that were skipped, each with why. */
  issues: LineIssue[];
  /** The file ended in a partial line (a write cut short); it was not counted as an issue. */
  tornTail: boolean;
}

export interface CorruptSession {
  file: string;
  reason: string;
}

export type LogReadResult = { ok: true; log: SessionLog } | { ok: false; corrupt: CorruptSession };

export interface SessionScan {
  /** Sessions not ended, most recent first: offered for resume. */
  inProgress: SessionLog[];
  /** Ended sessions, most recent first: history. */
  finished: SessionLog[];
  /** Files that hold no readable session, with the reason. */
  corrupt: CorruptSession[];
}

export class SessionLockedError extends Error {
  constructor(readonly sessionId: string, readonly holderPid: number) {
    super(`Session ${sessionId} is open in another window (process ${holderPid}).`);
  }
}

/** Event types after which the log is forced to disk, so the session's milestones survive power loss. */
const DURABLE_TYPES = new Set<SessionEvent['type']>([
  'session_started',
  'phase_changed',
  'submitted',
  'gave_up',
  'time_expired',
  'session_ended',
]);

/** Locks held by this process, so a second writer inside the same process is refused too. */
const heldLocks = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acquireLock(lockPath: string, sessionId: string): void {
  if (heldLocks.has(lockPath)) throw new SessionLockedError(sessionId, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      heldLocks.add(lockPath);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      } catch {
        // Vanished or unreadable between open and read: treat as stale and try again.
      }
      // Our own pid in a lock we do not hold is left over from an earlier process that reused the pid.
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        throw new SessionLockedError(sessionId, holder);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new SessionLockedError(sessionId, NaN);
}

/** The single writer of one session's log. */
export class SessionLogWriter {
  private fd: number | null;
  private lastSyncWall: number;
  private unsynced = false;

  private constructor(
    readonly sessionId: string,
    readonly file: string,
    private readonly lockPath: string,
    fd: number,
    private readonly syncEveryMs: number,
  ) {
    this.fd = fd;
    this.lastSyncWall = Date.now();
  }

  static create(dir: string, sessionId: string, syncEveryMs: number): SessionLogWriter {
    const file = path.join(dir, sessionId + LOG_EXTENSION);
    const lockPath = path.join(dir, sessionId + LOCK_EXTENSION);
    acquireLock(lockPath, sessionId);
    try {
      const fd = fs.openSync(file, 'wx');
      return new SessionLogWriter(sessionId, file, lockPath, fd, syncEveryMs);
    } catch (error) {
      releaseLock(lockPath);
      throw error;
    }
  }

  /** Opens an existing log for appending, first cutting off a torn final line. */
  static reopen(dir: string, sessionId: string, syncEveryMs: number): SessionLogWriter {
    const file = path.join(dir, sessionId + LOG_EXTENSION);
    const lockPath = path.join(dir, sessionId + LOCK_EXTENSION);
    acquireLock(lockPath, sessionId);
    try {
      repairTornTail(file);
      const fd = fs.openSync(file, 'a');
      return new SessionLogWriter(sessionId, file, lockPath, fd, syncEveryMs);
    } catch (error) {
      releaseLock(lockPath);
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.fd !== null;
  }

  append(event: SessionEvent): void {
    if (this.fd === null) throw new Error(`The log of session ${this.sessionId} is closed.`);
    fs.writeSync(this.fd, serializeEvent(event));
    this.unsynced = true;
    // A pause by the editor closing is the last word before a reopen; a user's pause is not a milestone.
    const durable = DURABLE_TYPES.has(event.type) || (event.type === 'paused' && event.reason === 'closed');
    if (durable || Date.now() - this.lastSyncWall >= this.syncEveryMs) this.sync();
  }

  /** Forces pending writes to disk once the batching interval has passed; cheap otherwise. */
  syncIfDue(): void {
    if (this.unsynced && Date.now() - this.lastSyncWall >= this.syncEveryMs) this.sync();
  }

  /** Forces pending writes to disk if any; cheap when there are none. */
  sync(): void {
    if (this.fd === null || !this.unsynced) return;
    fs.fsyncSync(this.fd);
    this.unsynced = false;
    this.lastSyncWall = Date.now();
  }

  close(): void {
    if (this.fd === null) return;
    this.sync();
    fs.closeSync(this.fd);
    this.fd = null;
    releaseLock(this.lockPath);
  }
}

function releaseLock(lockPath: string): void {
  heldLocks.delete(lockPath);
  fs.rmSync(lockPath, { force: true });
}

/** Cuts a final line that has no newline and does not parse; completes one that does parse. */
function repairTornTail(file: string): void {
  const content = fs.readFileSync(file);
  if (content.length === 0 || content[content.length - 1] === 0x0a) return;
  const lastNewline = content.lastIndexOf(0x0a);
  const tail = content.subarray(lastNewline + 1).toString('utf8');
  if (parseEventLine(tail).ok) {
    fs.appendFileSync(file, '\n');
  } else {
    fs.truncateSync(file, lastNewline + 1);
  }
}

/**
 * Reads one log, keeping every event that parses and fits the session, and saying why any line was
 * skipped. The file is unusable only when it holds no session_started to build a session from.
 */
export function readSessionLog(file: string): LogReadResult {
  const name = path.basename(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, corrupt: { file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` } };
  }
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  let tornTail = false;
  const issues: LineIssue[] = [];
  const events: SessionEvent[] = [];
  const fold: { state: SessionState | null } = { state: null };

  const accept = (line: string, lineNo: number, isTail: boolean): void => {
    if (line.trim() === '') {
      if (!isTail) issues.push({ line: lineNo, reason: 'empty line' });
      return;
    }
    const parsed = parseEventLine(line);
    if (!parsed.ok) {
      if (isTail) tornTail = true;
      else issues.push({ line: lineNo, reason: parsed.reason });
      return;
    }
    try {
      if (fold.state === null) fold.state = initialState(parsed.event);
      else foldEvent(fold.state, parsed.event);
      events.push(parsed.event);
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      issues.push({ line: lineNo, reason: error.message });
    }
  };
  lines.forEach((line, i) => {
    accept(line, i + 1, false);
  });
  accept(tail, lines.length + 1, true);

  const state = fold.state;
  if (state === null) {
    const firstIssue = issues[0];
    const reason = events.length === 0 && issues.length === 0
      ? 'empty log'
      : `no readable session_started${firstIssue ? ` (line ${firstIssue.line}: ${firstIssue.reason})` : ''}`;
    return { ok: false, corrupt: { file, reason } };
  }
  const sessionId = name.endsWith(LOG_EXTENSION) ? name.slice(0, -LOG_EXTENSION.length) : name;
  return { ok: true, log: { sessionId, file, events, state, issues, tornTail } };
}

/** What may still be written once a session ended: the candidate's answers and the debrief's measurements. */
export type AfterEndPayload = Extract<EventPayload, { type: 'self_review' | 'followup_answered' | 'scaling_measured' | 'mutants_measured' }>;

/** Appends through a live session; false when it could not (it was closed meanwhile). */
type LiveAppend = (payload: AfterEndPayload) => boolean;

/** The folder of session logs; the extension passes globalStorageUri.fsPath + '/sessions'. */
export class SessionStore {
  /** Sessions open in this process: each holds its log's lock, so writes to its log go through it. */
  private readonly live = new Map<string, LiveAppend>();

  constructor(
    readonly dir: string,
    /** Longest stretch between fsyncs for events that are not milestones. */
    readonly syncEveryMs = 1_000,
  ) {}

  ensureDir(): void {
    fs.mkdirSync(this.dir, { recursive: true });
  }

  fileOf(sessionId: string): string {
    return path.join(this.dir, sessionId + LOG_EXTENSION);
  }

  create(sessionId: string): SessionLogWriter {
    assertSessionId(sessionId);
    this.ensureDir();
    return SessionLogWriter.create(this.dir, sessionId, this.syncEveryMs);
  }

  reopen(sessionId: string): SessionLogWriter {
    assertSessionId(sessionId);
    return SessionLogWriter.reopen(this.dir, sessionId, this.syncEveryMs);
  }

  read(sessionId: string): LogReadResult {
    assertSessionId(sessionId);
    return readSessionLog(this.fileOf(sessionId));
  }

  /** A live session announces itself, so that appends after its end go through its writer. */
  attachLive(sessionId: string, append: LiveAppend): { dispose(): void } {
    this.live.set(sessionId, append);
    return { dispose: () => { if (this.live.get(sessionId) === append) this.live.delete(sessionId); } };
  }

  /**
   * Appends an after-the-end event (a self-review from the debrief, say): through the live session when
   * one in this process holds the log, otherwise by reopening the log, numbered after its last event.
   */
  appendAfterEnd(sessionId: string, payload: AfterEndPayload, wallNow: number): void {
    if (this.live.get(sessionId)?.(payload) === true) return;
    const read = this.read(sessionId);
    if (!read.ok) throw new Error(`The log of session ${sessionId} cannot be read: ${read.corrupt.reason}`);
    const last = read.log.events[read.log.events.length - 1];
    if (last === undefined) throw new Error(`The log of session ${sessionId} is empty.`);
    const writer = this.reopen(sessionId);
    try {
      // After the end the active clock has stopped: the event sits at the session's last active moment.
      writer.append({ ...payload, v: last.v, seq: last.seq + 1, at: wallNow, t: last.t });
      writer.sync();
    } finally {
      writer.close();
    }
  }

  /** Every log in the folder, sorted into resumable, finished and corrupt. */
  scan(): SessionScan {
    const scan: SessionScan = { inProgress: [], finished: [], corrupt: [] };
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return scan;
      throw error;
    }
    for (const name of names.filter((n) => n.endsWith(LOG_EXTENSION)).sort()) {
      const result = readSessionLog(path.join(this.dir, name));
      if (!result.ok) scan.corrupt.push(result.corrupt);
      else if (result.log.state.phase === 'done') scan.finished.push(result.log);
      else scan.inProgress.push(result.log);
    }
    const recentFirst = (a: SessionLog, b: SessionLog): number => b.state.lastAt - a.state.lastAt;
    scan.inProgress.sort(recentFirst);
    scan.finished.sort(recentFirst);
    return scan;
  }
}

/** `2026-11-24T09-00-00Z-two-sum-3fa9c1`: sortable by start, readable, unique. */
export function newSessionId(problemId: string, wall: number): string {
  const stamp = new Date(wall).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  const slug = problemId.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 48);
  return `${stamp}-${slug}-${randomBytes(3).toString('hex')}`;
}

function assertSessionId(sessionId: string): void {
  if (!SESSION_ID.test(sessionId)) throw new Error(`Invalid session id ${JSON.stringify(sessionId)}.`);
}
