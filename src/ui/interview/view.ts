/** Builds the webview's `InterviewView` from a room: the one place host state becomes view state. */
import { hintsAllowed as hintsAllowedBy } from '../settings';
import { DEFAULT_COMPLEXITY_CLASSES } from '../../problems/complexityClass';
import { PHASES } from '../../vocabulary/interview';
import type { JudgeReport } from '../../vocabulary/verdicts';
import type { InterviewView, ReportView } from '../../webview/protocol';
import { EMPTY_PLAN, LIMITS } from '../../webview/protocol';
import type { InterviewRoom } from './room';
import { testParams, writtenAsDeclared } from './customTests';
import { pythonParamTypes, pythonSignature } from '../../problems/pythonStarter';

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function reportView(report: JudgeReport, withDetails: boolean): ReportView {
  return {
    verdict: report.verdict,
    passed: report.passed,
    total: report.total,
    ...(report.notRun !== undefined ? { notRun: report.notRun, stoppedBy: clip(report.stoppedBy ?? '', LIMITS.text) } : {}),
    tests: report.tests.map((t) => {
      const test: ReportView['tests'][number] = { id: clip(t.id, LIMITS.id), label: clip(t.label, LIMITS.shortText), source: t.source, verdict: t.verdict, timeMs: t.timeMs };
      if (!withDetails) return test;
      if (t.input !== undefined) test.input = clip(t.input, LIMITS.json);
      if (t.expected !== undefined) test.expected = clip(t.expected, LIMITS.json);
      if (t.actual !== undefined) test.actual = clip(t.actual, LIMITS.json);
      if (t.message !== undefined) test.message = clip(t.message, LIMITS.text);
      if (t.console !== undefined) test.console = clip(t.console, LIMITS.json);
      if (t.position !== undefined) test.position = { line: Math.max(0, t.position.line), column: Math.max(0, t.position.column) };
      return test;
    }),
  };
}

/**
 * The custom-test form's parameters with the types the candidate's language writes: a Python
 * interview labels `nums: List[int]`, not `nums: number[]` (the values are JSON either way).
 */
function paramsAsWritten(room: InterviewRoom, pythonStarter: string | undefined): { name: string; type: string }[] {
  const params = testParams(room.problem).map((p) => ({ name: p.name, type: p.type }));
  if (pythonStarter === undefined) return params;
  const entry = room.problem.meta.entry;
  if (entry.kind !== 'function') return params.map((p, i) => ({ name: p.name, type: i === 0 ? 'List[str]' : 'List[list]' }));
  const types = pythonParamTypes(pythonStarter, entry.name);
  if (types === undefined || types.length !== params.length) return params;
  return params.map((p, i) => ({ name: p.name, type: entry.params[i] !== undefined && writtenAsDeclared(entry.params[i]) ? (types[i] ?? p.type) : p.type }));
}

export function buildView(room: InterviewRoom, statementHtml: string, hintsInStrictMode: boolean): InterviewView {
  const session = room.session;
  const state = session.state;
  const meta = room.problem.meta;
  const python = state.language === 'python' ? room.problem.starters.python : undefined;
  const activeMs = session.activeMs();
  const phaseTimes = session.phaseTimesMs();
  const currentIndex = state.phase === 'done' ? PHASES.length : PHASES.indexOf(state.phase);
  const criteria = session.criteria();
  const followUpQuestion = room.followUpQuestion;
  return {
    sessionId: state.sessionId,
    problem: {
      id: meta.id,
      title: meta.title,
      difficulty: meta.difficulty,
      topics: meta.topics,
      signature: python === undefined ? meta.signature : pythonSignature(python),
      statementHtml,
      params: paramsAsWritten(room, python),
      complexityClasses: [...(meta.complexityClasses ?? DEFAULT_COMPLEXITY_CLASSES)],
    },
    language: state.language,
    mode: state.mode,
    phase: state.phase,
    steps: criteria.map((c, i) => ({
      phase: c.phase,
      status: i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'upcoming',
      criteria: c.criteria.map((x) => ({ label: x.label, met: x.met })),
    })),
    clock: {
      phaseElapsedMs: state.phase === 'done' ? 0 : phaseTimes[state.phase],
      phaseBudgetMs: state.phase === 'done' ? 0 : state.budgets[state.phase],
      totalElapsedMs: state.phase === 'done' ? (state.endedT ?? activeMs) : activeMs,
      totalBudgetMs: state.overallLimitMs,
      paused: state.paused || state.phase === 'done',
    },
    questions: state.questions.slice(-LIMITS.items).map((q) => ({
      text: q.text,
      answer: q.answer,
      matched: q.clarificationId !== null,
      seq: q.seq,
      reply: q.reply,
      askedBack: q.askedBack,
      choices: q.reply === 'ask_back' && !q.chosen ? q.choices.flatMap((id) => meta.clarifications.filter((c) => c.id === id).map((c) => ({ id, question: c.question }))) : [],
    })),
    noQuestions: state.noQuestions,
    assumptions: state.assumptions.slice(-LIMITS.items).map((a) => ({ id: a.id, text: a.text })),
    plan: state.plan ?? EMPTY_PLAN,
    notes: room.notes.slice(-5_000).map((n) => ({ t: n.t, phase: n.phase, text: n.text })),
    hints: {
      revealed: state.hintsRevealed.map((i) => meta.hints[i] ?? '').filter((h) => h !== ''),
      remaining: room.hintsRemaining,
      allowed: hintsAllowedBy({ mode: state.mode, hintsInStrictMode }, state.mode),
    },
    visibleTests: room.problem.tests.visible.map((t, i) => ({
      id: `visible-${i + 1}`,
      label: t.label,
      input: clip(JSON.stringify(t.args), LIMITS.json),
      expected: clip((JSON.stringify(t.expected) as string | undefined) ?? 'null', LIMITS.json),
    })),
    customTests: room.savedTests.slice(-LIMITS.items).map((t) => ({ id: t.id, label: t.label, args: [...t.args], expected: t.expected })),
    lastRun: room.lastRun === null ? null : reportView(room.lastRun, true),
    lastSubmit: room.lastSubmit === null ? null : reportView(room.lastSubmit, false),
    followUp: followUpQuestion === null ? null : { question: followUpQuestion, answer: state.followUps.find((f) => f.question === followUpQuestion)?.answer ?? null },
    busy: room.busy,
    solutionPath: state.solutionPath,
    outcome: state.outcome,
  };
}
