/**
 * Runs and submissions as the log records them, and back: the log is the durable record of what the
 * candidate last saw, so the interview panel shows the last Run's and Submit's results after a reload
 * from the log alone.
 */
import type { JudgeReport, SourcePosition, TestResult } from '../vocabulary/verdicts';
import { RUN_DETAIL_MAX_CHARS, type RunTestDetails, type RunTestSummary, type SessionEvent } from './events';

function summaryOf(t: TestResult): RunTestSummary {
  return { id: t.id, label: t.label, source: t.source, verdict: t.verdict, timeMs: t.timeMs };
}

/** A submission's tests: verdicts and labels only, since hidden inputs stay hidden until the debrief. */
export function runTestsOf(report: JudgeReport): RunTestSummary[] {
  return report.tests.map(summaryOf);
}

function clip(text: string): string {
  return text.length <= RUN_DETAIL_MAX_CHARS ? text : `${text.slice(0, RUN_DETAIL_MAX_CHARS - 1)}…`;
}

const DETAIL_TEXTS = ['input', 'expected', 'actual', 'message', 'console'] as const;

/** A Run's tests with what the panel shows of each; a hidden test (never part of a Run) would keep its secrets. */
export function runTestsWithDetailsOf(report: JudgeReport): RunTestSummary[] {
  return report.tests.map((t) => {
    const summary = summaryOf(t);
    if (t.source === 'hidden') return summary;
    const details: RunTestDetails = {};
    for (const key of DETAIL_TEXTS) {
      const value = t[key];
      if (value !== undefined) details[key] = clip(value);
    }
    if (t.position !== undefined) details.position = { line: t.position.line, column: t.position.column };
    return Object.keys(details).length === 0 ? summary : { ...summary, details };
  });
}

function positionFrom(value: unknown): SourcePosition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { line, column } = value as { line?: unknown; column?: unknown };
  return Number.isFinite(line) && Number.isFinite(column) ? { line: line as number, column: column as number } : undefined;
}

/**
 * The report as the panel showed it. The log's line reader checks the summary fields; details come from
 * disk unchecked (a hand-edited log), so only well-typed ones are kept and the rest are dropped.
 */
function reportFrom(event: Extract<SessionEvent, { type: 'run_completed' | 'submitted' }>, problemId: string): JudgeReport {
  const tests = event.tests.map((t): TestResult => {
    const test: TestResult = summaryOf(t);
    const details: unknown = t.details;
    if (typeof details !== 'object' || details === null) return test;
    const raw = details as Record<string, unknown>;
    for (const key of DETAIL_TEXTS) {
      const value = raw[key];
      if (typeof value === 'string') test[key] = value;
    }
    const position = positionFrom(raw.position);
    if (position !== undefined) test.position = position;
    return test;
  });
  return { problemId, verdict: event.verdict, passed: event.passed, total: event.total, timeMs: tests.reduce((sum, t) => sum + t.timeMs, 0), tests };
}

export interface LastReports {
  lastRun: JudgeReport | null;
  lastSubmit: JudgeReport | null;
}

/** The last Run and the last Submit in a session's events. */
export function lastReportsIn(events: readonly SessionEvent[], problemId: string): LastReports {
  let lastRun: JudgeReport | null = null;
  let lastSubmit: JudgeReport | null = null;
  for (const event of events) {
    if (event.type === 'run_completed') lastRun = reportFrom(event, problemId);
    else if (event.type === 'submitted') lastSubmit = reportFrom(event, problemId);
  }
  return { lastRun, lastSubmit };
}
