/**
 * Reading and writing single log lines. A line is trusted only after it parses, carries a version this
 * build understands, and has the fields its type needs: a log is user-owned data on disk and may have
 * been cut short by a crash or edited by hand.
 */
import { VERDICTS } from '../vocabulary/verdicts';
import { DIFFICULTIES, PHASES } from '../vocabulary/interview';
import { EVENT_FORMAT_VERSION, type EventType, type SessionEvent } from './events';

type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'string|null';

const REQUIRED_FIELDS: Record<EventType, Record<string, FieldKind>> = {
  session_started: {
    sessionId: 'string', problemId: 'string', title: 'string', difficulty: 'string', topics: 'array',
    language: 'string', mode: 'string', budgets: 'object', overallLimitMs: 'number',
  },
  phase_changed: { from: 'string', to: 'string', direction: 'string', overridden: 'array' },
  question_asked: { text: 'string', clarificationId: 'string|null', answer: 'string' },
  clarification_chosen: { questionSeq: 'number', clarificationId: 'string|null', answer: 'string' },
  no_questions: {},
  assumption_set: { id: 'string', text: 'string' },
  assumption_removed: { id: 'string' },
  plan_updated: { plan: 'object' },
  note_added: { text: 'string' },
  solution_opened: { path: 'string' },
  edit_summary: { added: 'number', removed: 'number', bursts: 'number' },
  run_completed: { verdict: 'string', passed: 'number', total: 'number', tests: 'array' },
  custom_test_saved: { id: 'string', args: 'string' },
  custom_test_removed: { id: 'string' },
  hint_revealed: { index: 'number', text: 'string' },
  paused: {},
  resumed: {},
  break_detected: { gapMs: 'number' },
  focus_changed: { focused: 'boolean' },
  idle: { durationMs: 'number' },
  submitted: { verdict: 'string', passed: 'number', total: 'number', tests: 'array' },
  gave_up: {},
  time_expired: {},
  followup_answered: { question: 'string', answer: 'string' },
  self_review: { scores: 'object', notes: 'string' },
  scaling_measured: { points: 'array', growth: 'string' },
  mutants_measured: { caught: 'array', missed: 'array' },
  session_ended: { outcome: 'string' },
};

/** Fields whose value must come from a closed set: a stray value would corrupt every figure built on it. */
const SESSION_PHASES: readonly string[] = [...PHASES, 'done'];
const ENUM_FIELDS: Partial<Record<EventType, Record<string, readonly string[]>>> = {
  session_started: { difficulty: DIFFICULTIES, language: ['javascript', 'typescript', 'python'], mode: ['strict', 'practice'] },
  phase_changed: { from: SESSION_PHASES, to: SESSION_PHASES, direction: ['forward', 'back'] },
  run_completed: { verdict: VERDICTS },
  submitted: { verdict: VERDICTS },
  session_ended: { outcome: ['accepted', 'rejected', 'gave_up', 'expired'] },
};

export type LineResult = { ok: true; event: SessionEvent } | { ok: false; reason: string };

export function serializeEvent(event: SessionEvent): string {
  return JSON.stringify(event) + '\n';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKind(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'string|null':
      return value === null || typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === kind;
  }
}

function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(REQUIRED_FIELDS, value);
}

/**
 * Brings an event written by an older build up to the current shape. Version 1 is the first format, so
 * the only work today is refusing versions from the future; a later version adds its cases here so that
 * every reader sees one shape.
 */
export function upgradeEvent(raw: Record<string, unknown>): LineResult {
  const v = raw.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: 'missing or invalid format version "v"' };
  if (v > EVENT_FORMAT_VERSION) {
    return { ok: false, reason: `format version ${v} is newer than this build understands (${EVENT_FORMAT_VERSION})` };
  }
  for (const field of ['seq', 't', 'at'] as const) {
    if (!hasKind(raw[field], 'number')) return { ok: false, reason: `field "${field}" must be a number` };
  }
  const type = raw.type;
  if (!isEventType(type)) return { ok: false, reason: `unknown event type ${JSON.stringify(type)}` };
  for (const [field, kind] of Object.entries(REQUIRED_FIELDS[type])) {
    if (!hasKind(raw[field], kind)) return { ok: false, reason: `${type}: field "${field}" must be ${kind}` };
  }
  for (const [field, allowed] of Object.entries(ENUM_FIELDS[type] ?? {})) {
    if (!allowed.includes(raw[field] as string)) return { ok: false, reason: `${type}: field "${field}" has unknown value ${JSON.stringify(raw[field])}` };
  }
  if (type === 'question_asked') {
    if (raw.reply !== undefined && raw.reply !== 'small_talk' && raw.reply !== 'ask_back') return { ok: false, reason: `question_asked: field "reply" has unknown value ${JSON.stringify(raw.reply)}` };
    if (raw.choices !== undefined && !(Array.isArray(raw.choices) && raw.choices.every((c) => typeof c === 'string'))) {
      return { ok: false, reason: 'question_asked: field "choices" must be a list of clarification ids' };
    }
  }
  if (type === 'session_started') {
    const budgets = raw.budgets as Record<string, unknown>;
    if (!PHASES.every((p) => hasKind(budgets[p], 'number'))) return { ok: false, reason: 'session_started: budgets must give milliseconds for every phase' };
  }
  // Every field and type was checked against the table above, which mirrors the union in events.ts.
  return { ok: true, event: raw as unknown as SessionEvent };
}

export function parseEventLine(line: string): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(raw)) return { ok: false, reason: 'not a JSON object' };
  return upgradeEvent(raw);
}
