/**
 * The interview webview's message protocol, shared by the extension host and the webview.
 *
 * Webview → host messages are commands: what the candidate did. Host → webview messages are
 * notifications: the whole interview view (the host owns the state) or a short notice. Each message type
 * is derived from its runtime shape, and both sides parse what they receive with `parseWebviewMessage` /
 * `parseHostMessage` before acting, so a malformed message is rejected at the boundary.
 */
import { byKind, finite, flag, integer, kind, list, nullable, oneOf, parse, record, text } from './shared/shape';
import type { Parsed, Shape, ShapeOf } from './shared/shape';
import { VERDICTS } from '../vocabulary/verdicts';
// The vocabularies come from their one definition: plain data, safe for the webview bundle.
import { DIFFICULTIES, OUTCOMES, PHASES, SESSION_PHASES, TEST_SOURCES } from '../vocabulary/interview';

/** Limits that keep one message from flooding the log or the view. */
export const LIMITS = {
  shortText: 500,
  text: 10_000,
  json: 200_000,
  items: 500,
  id: 100,
} as const;


const id = text(LIMITS.id);

const planShape = record({
  approach: text(LIMITS.text),
  dataStructures: text(LIMITS.text),
  timeComplexity: text(LIMITS.shortText),
  spaceComplexity: text(LIMITS.shortText),
  edgeCases: text(LIMITS.text),
  alternative: text(LIMITS.text),
  tradeoff: text(LIMITS.text),
});

// ---- webview → host -------------------------------------------------------------------------------

const webviewMessages = {
  ready: record({ kind: kind('ready') }),
  /**
   * The webview drew an interview view for the first time since it loaded. The host starts background
   * work (the judge worker) only then, so that work does not slow the panel's first paint.
   */
  shown: record({ kind: kind('shown') }),
  askQuestion: record({ kind: kind('askQuestion'), text: text(LIMITS.text) }),
  /** The candidate's pick after the interviewer asked back: a clarification id offered, or null for "Neither". */
  chooseClarification: record({ kind: kind('chooseClarification'), questionSeq: integer(0, 1e9), clarificationId: nullable(id) }),
  noQuestions: record({ kind: kind('noQuestions') }),
  setAssumption: record({ kind: kind('setAssumption'), id: nullable(id), text: text(LIMITS.text) }),
  removeAssumption: record({ kind: kind('removeAssumption'), id }),
  updatePlan: record({ kind: kind('updatePlan'), plan: planShape }),
  addNote: record({ kind: kind('addNote'), text: text(LIMITS.text) }),
  nextPhase: record({ kind: kind('nextPhase') }),
  togglePause: record({ kind: kind('togglePause') }),
  revealHint: record({ kind: kind('revealHint') }),
  openSolution: record({ kind: kind('openSolution') }),
  run: record({ kind: kind('run') }),
  submit: record({ kind: kind('submit') }),
  giveUp: record({ kind: kind('giveUp') }),
  saveCustomTest: record({
    kind: kind('saveCustomTest'),
    /** Null for a new test. */
    id: nullable(id),
    label: text(LIMITS.shortText),
    /** One JSON text per parameter, as typed. */
    args: list(text(LIMITS.json), 50),
    /** JSON text of the expected value, or null when the candidate has not decided it. */
    expected: nullable(text(LIMITS.json)),
  }),
  removeCustomTest: record({ kind: kind('removeCustomTest'), id }),
  debugTest: record({ kind: kind('debugTest'), testId: id }),
  answerFollowUp: record({ kind: kind('answerFollowUp'), answer: text(LIMITS.text) }),
  openDebrief: record({ kind: kind('openDebrief') }),
};

export type WebviewMessage = ShapeOf<(typeof webviewMessages)[keyof typeof webviewMessages]>;
export type WebviewMessageKind = WebviewMessage['kind'];
export const WEBVIEW_MESSAGE_KINDS = Object.keys(webviewMessages) as WebviewMessageKind[];

const webviewMessage = byKind(webviewMessages) as Shape<WebviewMessage>;

export function parseWebviewMessage(value: unknown): Parsed<WebviewMessage> {
  return parse(webviewMessage, value);
}

// ---- host → webview -------------------------------------------------------------------------------

const testResultShape = record(
  {
    id,
    label: text(LIMITS.shortText),
    source: oneOf(TEST_SOURCES),
    verdict: oneOf(VERDICTS),
    timeMs: finite(),
  },
  {
    input: text(LIMITS.json),
    expected: text(LIMITS.json),
    actual: text(LIMITS.json),
    message: text(LIMITS.text),
    console: text(LIMITS.json),
    position: record({ line: integer(0, 1e7), column: integer(0, 1e7) }),
  },
);

const reportShape = record(
  {
    verdict: oneOf(VERDICTS),
    passed: integer(0, 1e6),
    total: integer(0, 1e6),
    tests: list(testResultShape, 10_000),
  },
  { notRun: integer(0, 1e6), stoppedBy: text(LIMITS.text) },
);

const interviewViewShape = record({
  sessionId: id,
  problem: record({
    id,
    title: text(LIMITS.shortText),
    difficulty: oneOf(DIFFICULTIES),
    topics: list(text(LIMITS.shortText), 50),
    signature: text(LIMITS.text),
    /** Rendered by the host from Markdown with raw HTML disabled; sanitised again in the webview. */
    statementHtml: text(1_000_000),
    params: list(record({ name: text(LIMITS.shortText), type: text(LIMITS.shortText) }), 50),
    /** The complexity classes the plan offers, in the problem's variables and growing order. */
    complexityClasses: list(text(LIMITS.id), 40),
  }),
  language: oneOf(['javascript', 'typescript', 'python'] as const),
  mode: oneOf(['strict', 'practice'] as const),
  phase: oneOf(SESSION_PHASES),
  steps: list(
    record({
      phase: oneOf(PHASES),
      status: oneOf(['done', 'current', 'upcoming'] as const),
      criteria: list(record({ label: text(LIMITS.shortText), met: flag() }), 20),
    }),
    4,
  ),
  clock: record({
    phaseElapsedMs: finite(),
    phaseBudgetMs: finite(),
    totalElapsedMs: finite(),
    totalBudgetMs: finite(),
    paused: flag(),
  }),
  questions: list(
    record({
      text: text(LIMITS.text),
      answer: text(LIMITS.text),
      matched: flag(),
      /** The question's event seq, which a choice refers to. */
      seq: integer(0, 1e9),
      reply: oneOf(['answer', 'small_talk', 'ask_back'] as const),
      /** The interviewer's "Do you mean…?" for an ask-back, kept after the choice. */
      askedBack: nullable(text(LIMITS.text)),
      /** The clarifications offered by an ask-back still waiting for the candidate's choice; empty otherwise. */
      choices: list(record({ id, question: text(LIMITS.text) }), 5),
    }),
    LIMITS.items,
  ),
  noQuestions: flag(),
  assumptions: list(record({ id, text: text(LIMITS.text) }), LIMITS.items),
  plan: planShape,
  notes: list(record({ t: finite(), phase: oneOf(SESSION_PHASES), text: text(LIMITS.text) }), 5_000),
  hints: record({ revealed: list(text(LIMITS.text), 50), remaining: integer(0, 50), allowed: flag() }),
  visibleTests: list(record({ id, label: text(LIMITS.shortText), input: text(LIMITS.json), expected: text(LIMITS.json) }), 100),
  customTests: list(
    record({ id, label: text(LIMITS.shortText), args: list(text(LIMITS.json), 50), expected: nullable(text(LIMITS.json)) }),
    LIMITS.items,
  ),
  lastRun: nullable(reportShape),
  lastSubmit: nullable(reportShape),
  followUp: nullable(record({ question: text(LIMITS.text), answer: nullable(text(LIMITS.text)) })),
  busy: nullable(oneOf(['run', 'submit', 'debug'] as const)),
  solutionPath: nullable(text(LIMITS.text)),
  outcome: nullable(oneOf(OUTCOMES)),
});

export type InterviewView = ShapeOf<typeof interviewViewShape>;
export type ReportView = NonNullable<InterviewView['lastRun']>;

const hostMessages = {
  /** The whole view; sent after every change the candidate or the clock makes. */
  view: record({ kind: kind('view'), view: interviewViewShape }),
  /** No interview to show (the session ended elsewhere or none was restored). */
  empty: record({ kind: kind('empty'), reason: text(LIMITS.text) }),
  /** A short message for the candidate: a rejected custom test, a failed run. */
  notice: record({ kind: kind('notice'), level: oneOf(['info', 'error'] as const), text: text(LIMITS.text) }),
  /** Moves keyboard focus to a pane, e.g. after a command from the palette. */
  focus: record({ kind: kind('focus'), target: oneOf(['question', 'plan', 'tests', 'notes', 'followUp'] as const) }),
};

export type HostMessage = ShapeOf<(typeof hostMessages)[keyof typeof hostMessages]>;

const hostMessage = byKind(hostMessages) as Shape<HostMessage>;

export function parseHostMessage(value: unknown): Parsed<HostMessage> {
  return parse(hostMessage, value);
}

export const EMPTY_PLAN: InterviewView['plan'] = {
  approach: '',
  dataStructures: '',
  timeComplexity: '',
  spaceComplexity: '',
  edgeCases: '',
  alternative: '',
  tradeoff: '',
};
