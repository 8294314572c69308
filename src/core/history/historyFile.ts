/**
 * The whole history as one JSON file: exported for keeping or moving machines, imported with every
 * session checked event by event. Import only ever adds sessions: one whose id is already present is
 * skipped, never overwritten, so importing the same file twice changes nothing.
 */
import { upgradeEvent } from '../eventLog';
import { replay } from '../state';
import type { SessionEvent } from '../events';
import { VERDICTS } from '../../vocabulary/verdicts';
import { DIFFICULTIES, PHASES } from '../../vocabulary/interview';

export const HISTORY_FORMAT = 'onsite-history';
export const HISTORY_FORMAT_VERSION = 1;

export interface StoredSession {
  sessionId: string;
  events: SessionEvent[];
}

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: number;
  exportedAt: number;
  sessions: StoredSession[];
}

export function exportHistory(sessions: readonly StoredSession[], now: number): string {
  const file: HistoryFile = {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: now,
    sessions: [...sessions].sort((a, b) => (a.events[0]?.at ?? 0) - (b.events[0]?.at ?? 0)),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ImportResult = { ok: true; sessions: StoredSession[] } | { ok: false; errors: string[] };

/** Enough to fix a file by hand without drowning in one mistake repeated on every line. */
const MAX_ERRORS = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TEST_SOURCES = ['visible', 'custom', 'hidden'];
/** The session store's file-name rule: an imported id becomes a file name. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The nested shapes the debrief reads and the line parser checks only at the top level. */
function nestedProblem(event: SessionEvent): string | null {
  switch (event.type) {
    case 'session_started': {
      if (!(DIFFICULTIES as readonly string[]).includes(event.difficulty)) return `difficulty must be one of ${DIFFICULTIES.join(', ')}`;
      if (!event.topics.every((t) => typeof t === 'string')) return 'topics must be strings';
      const budgets: unknown = event.budgets;
      if (!isRecord(budgets)) return 'budgets must be an object';
      for (const phase of PHASES) {
        if (typeof budgets[phase] !== 'number') return `budgets.${phase} must be a number`;
      }
      return null;
    }
    case 'run_completed':
    case 'submitted': {
      if (!(VERDICTS as readonly string[]).includes(event.verdict)) return `verdict "${event.verdict}" is not a verdict`;
      for (let i = 0; i < event.tests.length; i++) {
        const test: unknown = event.tests[i];
        if (!isRecord(test)) return `tests[${i}] must be an object`;
        if (typeof test.id !== 'string' || typeof test.label !== 'string') return `tests[${i}] needs string id and label`;
        if (typeof test.source !== 'string' || !TEST_SOURCES.includes(test.source)) return `tests[${i}].source must be one of ${TEST_SOURCES.join(', ')}`;
        if (typeof test.verdict !== 'string' || !(VERDICTS as readonly string[]).includes(test.verdict)) return `tests[${i}].verdict is not a verdict`;
        if (typeof test.timeMs !== 'number') return `tests[${i}].timeMs must be a number`;
      }
      return null;
    }
    case 'phase_changed': {
      const phases = [...PHASES, 'done'] as string[];
      if (!phases.includes(event.from) || !phases.includes(event.to)) return 'from and to must be phases';
      return null;
    }
    case 'scaling_measured':
      return event.points.every(
        (p: unknown) =>
          isRecord(p) &&
          typeof p.size === 'number' &&
          typeof p.timeMs === 'number' &&
          (p.referenceMs === undefined || typeof p.referenceMs === 'number') &&
          (p.timedOut === undefined || typeof p.timedOut === 'boolean'),
      )
        ? null
        : 'points must be {size, timeMs} numbers, with an optional referenceMs number and timedOut boolean';
    case 'mutants_measured':
      return [...event.caught, ...event.missed].every((m: unknown) => typeof m === 'string') ? null : 'caught and missed must list file names';
    case 'self_review': {
      const scores: unknown = event.scores;
      if (!isRecord(scores)) return 'scores must be an object';
      for (const [dimension, score] of Object.entries(scores)) {
        if (typeof score !== 'number' || score < 1 || score > 4) return `scores.${dimension} must be a number from 1 to 4`;
      }
      return null;
    }
    default:
      return null;
  }
}

function checkSession(value: unknown, path: string, errors: string[]): StoredSession | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an object with sessionId and events`);
    return null;
  }
  const { sessionId, events } = value;
  if (typeof sessionId !== 'string' || sessionId === '') {
    errors.push(`${path}.sessionId: expected a non-empty string`);
    return null;
  }
  if (!SESSION_ID.test(sessionId)) {
    errors.push(`${path}.sessionId: "${sessionId.slice(0, 40)}" may hold only letters, digits, "-" and "_" (at most 128)`);
    return null;
  }
  if (!Array.isArray(events) || events.length === 0) {
    errors.push(`${path}.events: expected a non-empty array of events`);
    return null;
  }
  const checked: SessionEvent[] = [];
  const before = errors.length;
  events.forEach((raw: unknown, i) => {
    const at = `${path}.events[${i}]`;
    if (!isRecord(raw)) {
      errors.push(`${at}: expected an event object`);
      return;
    }
    const line = upgradeEvent(raw);
    if (!line.ok) {
      errors.push(`${at}: ${line.reason}`);
      return;
    }
    const nested = nestedProblem(line.event);
    if (nested !== null) {
      errors.push(`${at}: ${line.event.type}: ${nested}`);
      return;
    }
    const previous = checked[checked.length - 1];
    if (line.event.seq !== i) errors.push(`${at}.seq: expected ${i}, found ${line.event.seq}`);
    else if (previous !== undefined && line.event.t < previous.t) errors.push(`${at}.t: goes back in time (${line.event.t} after ${previous.t})`);
    checked.push(line.event);
  });
  if (errors.length > before) return null;
  const first = checked[0];
  if (first?.type !== 'session_started') {
    errors.push(`${path}.events[0]: expected session_started, found ${first?.type ?? 'nothing'}`);
    return null;
  }
  if (first.sessionId !== sessionId) {
    errors.push(`${path}.sessionId: "${sessionId}" does not match the log's session "${first.sessionId}"`);
    return null;
  }
  try {
    // The store replays every log it reads; a log it could not replay would vanish from the history.
    replay(checked);
  } catch (error) {
    errors.push(`${path}.events: the log cannot be replayed (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  if (!checked.some((e) => e.type === 'session_ended')) {
    errors.push(`${path}.events: the session never ended (no session_ended event); only finished sessions are history`);
    return null;
  }
  return { sessionId, events: checked };
}

export function parseHistoryFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isRecord(raw)) return { ok: false, errors: ['expected a JSON object with format, version and sessions'] };
  if (raw.format !== HISTORY_FORMAT) return { ok: false, errors: [`format: expected "${HISTORY_FORMAT}", found ${raw.format === undefined ? 'nothing' : JSON.stringify(raw.format)}`] };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return { ok: false, errors: ['version: expected a positive integer'] };
  if (raw.version > HISTORY_FORMAT_VERSION) {
    return { ok: false, errors: [`version: ${raw.version} is newer than this build understands (${HISTORY_FORMAT_VERSION})`] };
  }
  if (!Array.isArray(raw.sessions)) return { ok: false, errors: ['sessions: expected an array'] };
  const errors: string[] = [];
  const sessions: StoredSession[] = [];
  const seen = new Map<string, number>();
  raw.sessions.forEach((value: unknown, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const session = checkSession(value, `sessions[${i}]`, errors);
    if (session === null) return;
    const earlier = seen.get(session.sessionId);
    if (earlier !== undefined) {
      errors.push(`sessions[${i}].sessionId: "${session.sessionId}" already appears at sessions[${earlier}]`);
      return;
    }
    seen.set(session.sessionId, i);
    sessions.push(session);
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, sessions };
}

export interface MergePlan {
  add: StoredSession[];
  /** Already in the history: left exactly as they are. */
  skipped: string[];
}

export function planMerge(existingIds: ReadonlySet<string>, imported: readonly StoredSession[]): MergePlan {
  return {
    add: imported.filter((s) => !existingIds.has(s.sessionId)),
    skipped: imported.filter((s) => existingIds.has(s.sessionId)).map((s) => s.sessionId),
  };
}
