/**
 * The debrief webview's message protocol, shared by the extension host and the webview.
 *
 * Webview → host messages are commands (the candidate submitted a self-review, asked for an export);
 * host → webview messages are notifications carrying a whole view: one session's debrief, or the history
 * overview. Every type is derived from its runtime shape, and both sides parse what they receive before
 * acting, so a malformed message is rejected at the boundary and logged rather than half-handled.
 */
import { byKind, finite, flag, integer, kind, list, nullable, oneOf, parse, record, text } from '../shared/shape';
import type { Parsed, Shape, ShapeOf } from '../shared/shape';
import { DIMENSIONS, PHASES } from '../../vocabulary/interview';
import type { SelfReviewDimension } from '../../vocabulary/interview';

export const LIMITS = {
  id: 200,
  short: 500,
  text: 10_000,
  items: 2_000,
} as const;


const id = text(LIMITS.id);
const short = text(LIMITS.short);
const long = text(LIMITS.text);
const score = integer(1, 4);

const scoresShape = record(Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as Record<SelfReviewDimension, Shape<number>>);

// ---- webview → host -------------------------------------------------------------------------------

const webviewMessages = {
  ready: record({ kind: kind('ready') }),
  submitSelfReview: record({ kind: kind('submitSelfReview'), sessionId: id, scores: scoresShape, notes: long }),
  exportMarkdown: record({ kind: kind('exportMarkdown'), sessionId: id }),
  copySummary: record({ kind: kind('copySummary'), sessionId: id }),
  openSession: record({ kind: kind('openSession'), sessionId: id }),
  startProblem: record({ kind: kind('startProblem'), problemId: id }),
  exportHistory: record({ kind: kind('exportHistory') }),
  importHistory: record({ kind: kind('importHistory') }),
};

export type DebriefWebviewMessage = ShapeOf<(typeof webviewMessages)[keyof typeof webviewMessages]>;
const webviewMessage = byKind(webviewMessages) as Shape<DebriefWebviewMessage>;

export function parseDebriefWebviewMessage(value: unknown): Parsed<DebriefWebviewMessage> {
  return parse(webviewMessage, value);
}

// ---- host → webview -------------------------------------------------------------------------------

const debriefViewShape = record({
  sessionId: id,
  title: short,
  /** "2026-11-20 19:02 · 31:40 active (limit 40:00) · 1 pause" */
  subtitle: short,
  outcome: short,
  /** False until the self-review is in: the webview shows the form and withholds the results. */
  revealed: flag(),
  dimensions: list(record({ id: oneOf(DIMENSIONS), title: short }), 5),
  phases: list(
    record({
      phase: oneOf(PHASES),
      spentMs: finite(),
      budgetMs: finite(),
      spent: short,
      budget: short,
      standing: oneOf(['not_reached', 'short', 'within', 'at_budget', 'over'] as const),
    }),
    4,
  ),
  phaseNotes: list(long, LIMITS.items),
  timeline: list(record({ clock: short, kind: short, text: long, detail: nullable(long) }), LIMITS.items),
  clarificationSummary: short,
  clarifications: list(
    record({ status: oneOf(['asked', 'late', 'missed', 'optional', 'unmatched'] as const), question: long, answer: long, when: nullable(short) }),
    LIMITS.items,
  ),
  complexity: list(long, 20),
  testing: list(long, 50),
  byLabel: list(record({ label: long, first: short, final: short }), LIMITS.items),
  silences: list(long, 100),
  feedback: list(record({ ruleId: id, tone: oneOf(['improve', 'keep'] as const), title: short, sentence: long, clocks: list(short, 50) }), 100),
  /** evidence null: the session gave nothing to score this dimension on; `basis` lists the events used. */
  scores: list(record({ dimension: oneOf(DIMENSIONS), title: short, self: nullable(score), evidence: nullable(score), reason: long, basis: list(long, 100) }), 5),
  selfNotes: long,
  followUps: list(record({ question: long, answer: long, model: nullable(long) }), 20),
});

export type DebriefView = ShapeOf<typeof debriefViewShape>;

/** y null: the session has no figure for this series (a calibration gap where there was no evidence). */
const seriesShape = record({ label: short, points: list(record({ x: short, y: nullable(finite()) }), LIMITS.items) });

const historyViewShape = record({
  sessions: integer(0, 1e6),
  /** Each chart comes with its unit so the webview can label axes and the accessible table alike. */
  charts: list(
    record({
      id: id,
      title: short,
      unit: oneOf(['percent', 'minutes', 'gap'] as const),
      series: list(seriesShape, 10),
    }),
    10,
  ),
  weaknesses: list(long, 50),
  /** sessions: how many sessions had both a self-rating and evidence for the dimension. */
  calibration: list(record({ dimension: oneOf(DIMENSIONS), title: short, mean: nullable(finite()), sessions: integer(0, 1e6) }), 5),
  schedule: list(record({ problemId: id, title: short, due: short, lastGrade: short, reason: long }), LIMITS.items),
  suggestion: nullable(record({ problemId: id, title: short, reason: long })),
  recent: list(record({ sessionId: id, title: short, when: short, outcome: short, active: short }), 200),
});

export type HistoryView = ShapeOf<typeof historyViewShape>;
export type ChartView = HistoryView['charts'][number];

const hostMessages = {
  debrief: record({ kind: kind('debrief'), view: debriefViewShape }),
  history: record({ kind: kind('history'), view: historyViewShape }),
  empty: record({ kind: kind('empty'), reason: long }),
  notice: record({ kind: kind('notice'), level: oneOf(['info', 'error'] as const), text: long }),
};

export type DebriefHostMessage = ShapeOf<(typeof hostMessages)[keyof typeof hostMessages]>;
const hostMessage = byKind(hostMessages) as Shape<DebriefHostMessage>;

export function parseDebriefHostMessage(value: unknown): Parsed<DebriefHostMessage> {
  return parse(hostMessage, value);
}

/** What the webview keeps across reloads with setState: which page it shows, never the data. */
export interface DebriefWebviewState {
  page: { kind: 'session'; sessionId: string } | { kind: 'history' };
}
