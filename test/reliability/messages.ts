/**
 * Message fuzz for the interview webview's protocol, both directions.
 *
 * Host side: generated messages go into the real `WebviewMessageHandler` over a real session (the
 * engine writing its log to a temporary folder), a real problem from the bundled bank and, for Run and
 * Submit, the real judge. Every message that is malformed, or valid but out of place (Submit during
 * Clarify, Run with no interview), must leave the session, the saved tests and the results untouched
 * and be logged exactly once. Webview side: views built from that same session are mutated the same
 * ways and fed to `parseHostMessage`, which must reject every broken one and accept every intact one.
 *
 * Run directly: `npx tsx test/reliability/messages.ts 1000`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InterviewSession } from '../../src/core/session';
import { SessionStore } from '../../src/core/storage';
import { Judge } from '../../src/judge/judge';
import { seededRandom } from '../../src/judge/seededRandom';
import { loadProblem } from '../../src/problems/loader';
import type { Problem } from '../../src/problems/types';
import { CustomTestStore } from '../../src/ui/interview/customTests';
import { WebviewMessageHandler } from '../../src/ui/interview/messageHandler';
import type { InterviewEffects } from '../../src/ui/interview/messageHandler';
import { InterviewRoom } from '../../src/ui/interview/room';
import { buildView } from '../../src/ui/interview/view';
import { parseHostMessage, WEBVIEW_MESSAGE_KINDS } from '../../src/webview/protocol';
import { testWorkerScript } from '../unit/judge/workerBuild';

export interface MessageFuzzReport {
  messages: number;
  unhandledExceptions: number;
  /** Rejected messages that nonetheless changed the session, the saved tests or the results. */
  stateChanges: number;
  /** Rejected messages logged exactly once. */
  rejectionsLogged: number;
  /** Messages the host rejected (malformed or out of place). */
  rejected: number;
  /** Rejections logged zero times or more than once. */
  rejectionsMislogged: number;
  /** Valid, well-timed messages that were carried out. */
  handled: number;
  webview: { messages: number; rejected: number; accepted: number; wronglyAccepted: number; wronglyRejected: number; unhandledExceptions: number };
  /** Object.prototype was polluted by a `__proto__` payload. */
  prototypePolluted: boolean;
}

const SOLUTION = 'function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const j = seen.get(target - nums[i]);\n    if (j !== undefined) return [j, i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n';

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

function words(random: Random): string {
  return pick(random, ['Can the array be empty?', 'dupes?', 'how big is n', 'negative numbers?', 'is it sorted', 'x', 'What about the weather', ' spaced  out ']);
}

/** A message that fits the protocol; whether it fits the moment is up to the session. */
function validMessage(random: Random, room: InterviewRoom): Record<string, unknown> {
  const kind = pick(random, WEBVIEW_MESSAGE_KINDS);
  const assumptionId = room.session.state.assumptions[0]?.id ?? 'a999';
  const testId = room.savedTests[0]?.id ?? 'custom-404';
  switch (kind) {
    case 'askQuestion':
      return { kind, text: words(random) };
    case 'chooseClarification': {
      // The latest ask-back when there is one (its first choice or "Neither"), else a question that was not asked back.
      const askedBack = room.session.state.questions.filter((q) => q.reply === 'ask_back').at(-1);
      return { kind, questionSeq: askedBack?.seq ?? 0, clarificationId: random() < 0.5 ? null : (askedBack?.choices[0] ?? 'no-such-clarification') };
    }
    case 'setAssumption':
      return { kind, id: random() < 0.5 ? null : assumptionId, text: 'Inputs fit in memory' };
    case 'removeAssumption':
      return { kind, id: assumptionId };
    case 'updatePlan':
      return { kind, plan: { approach: `hash map ${Math.floor(random() * 5)}`, dataStructures: 'Map', timeComplexity: 'O(n)', spaceComplexity: 'O(n)', edgeCases: '', alternative: '', tradeoff: '' } };
    case 'addNote':
      return { kind, text: `thinking ${Math.floor(random() * 100)}` };
    case 'saveCustomTest':
      return random() < 0.7
        ? { kind, id: null, label: 'pair at the ends', args: ['[1,5,7,3]', '4'], expected: random() < 0.5 ? null : '[0,3]' }
        : { kind, id: null, label: 'bad json', args: ['[1,2', '3'], expected: null };
    case 'removeCustomTest':
      return { kind, id: testId };
    case 'debugTest':
      return { kind, testId: 'visible-1' };
    case 'answerFollowUp':
      return { kind, answer: 'Sort and use two pointers.' };
    default:
      return { kind };
  }
}

const HUGE = 'x'.repeat(1_100_000);

/** Breaks a message in one of the ways a buggy or hostile sender could. */
function corrupt(random: Random, message: Record<string, unknown>, alwaysInvalid = false): unknown {
  const keys = Object.keys(message).filter((k) => k !== 'kind');
  const key = keys.length > 0 ? pick(random, keys) : 'kind';
  switch (Math.floor(random() * 11)) {
    case 0:
      // Host side: plausible wrong values. Webview side: a value no field accepts, so a mutant is never valid by luck.
      return { ...message, [key]: alwaysInvalid ? { '\u0000bogus': 1 } : pick(random, [42, true, null, {}, [], -1.5]) };
    case 1: {
      if (keys.length === 0) return { ...message, kind: 7 };
      return Object.fromEntries(Object.entries(message).filter(([k]) => k !== key));
    }
    case 2:
      return { ...message, extra: 'field' };
    case 3:
      return { ...message, [key]: HUGE };
    case 4:
      // JSON.parse makes `__proto__` an own key, as a structured-cloned message from a webview would.
      return JSON.parse(`{"__proto__":{"polluted":true}${Object.keys(message).map((k) => `,${JSON.stringify(k)}:${(JSON.stringify(message[k]) as string | undefined) ?? 'null'}`).join('')}}`) as unknown;
    case 5:
      return { ...message, constructor: { prototype: { polluted: true } } };
    case 6:
      return { ...message, kind: pick(random, ['eval', 'Submit', 'run ', '__proto__', 'constructor', 'toString', '']) };
    case 7:
      return pick(random, [null, undefined, 0, 'run', ['run'], true, 3.14]);
    case 8:
      return Object.assign(Object.create({ inherited: true }) as object, message);
    case 9:
      return new Proxy(message, {
        ownKeys() {
          throw new Error('hostile proxy');
        },
      });
    default:
      return { kind: message.kind, plan: { approach: 1 }, text: ['array'], id: { nested: true } };
  }
}

function snapshot(room: InterviewRoom): string {
  const state = room.session.state;
  return JSON.stringify({ seq: state.lastSeq, phase: state.phase, tests: room.savedTests, lastRun: room.lastRun?.passed ?? null, lastSubmit: room.lastSubmit?.passed ?? null, busy: room.busy });
}

async function bundledProblem(id: string): Promise<Problem> {
  const result = await loadProblem(path.join(__dirname, '..', '..', 'problems', id), 'bundled');
  if (!result.ok) throw new Error(`${id} does not load: ${JSON.stringify(result.broken.issues)}`);
  return result.problem;
}

export async function runMessageFuzz(count: number, seed = 20261124): Promise<MessageFuzzReport> {
  // Seeded, so a failing run can be replayed from its seed.
  const random = seededRandom(seed);
  const dir = mkdtempSync(path.join(tmpdir(), 'onsite-fuzz-'));
  const store = new SessionStore(path.join(dir, 'sessions'), 60_000);
  const problem = await bundledProblem('two-sum');
  const judge = new Judge({ workerScript: await testWorkerScript() });
  const report: MessageFuzzReport = {
    messages: 0, unhandledExceptions: 0, stateChanges: 0, rejectionsLogged: 0, rejected: 0, rejectionsMislogged: 0, handled: 0,
    webview: { messages: 0, rejected: 0, accepted: 0, wronglyAccepted: 0, wronglyRejected: 0, unhandledExceptions: 0 },
    prototypePolluted: false,
  };
  let room: InterviewRoom | undefined;
  let logged = 0;
  const newRoom = (): InterviewRoom => {
    room?.dispose();
    room?.session.close();
    const session = InterviewSession.start({ problem: problem.meta, language: 'javascript', mode: random() < 0.5 ? 'practice' : 'strict' }, { store });
    return new InterviewRoom(session, problem, new CustomTestStore(path.join(dir, 'custom-tests')));
  };
  // The editor's part, done the way the extension does it minus the editor: the real judge, the real session.
  const effects: InterviewEffects = {
    ready: () => undefined,
    shown: () => undefined,
    run: async (r) => {
      const report = await judge.run(r.problem, SOLUTION, 'javascript', r.savedTests.map((t) => ({ id: t.id, label: t.label, args: t.args.map((a) => JSON.parse(a) as unknown) })));
      r.lastRun = report;
      r.session.recordRun(report);
    },
    submit: async (r) => {
      const check = r.session.checkSubmit();
      if (!check.allowed) return;
      const report = await judge.submit(r.problem, SOLUTION, 'javascript');
      r.lastSubmit = report;
      r.session.submit(report, { override: true });
    },
    debugTest: () => Promise.resolve(),
    openSolution: (r) => {
      if (r.session.state.solutionPath === null) r.session.openSolution(path.join(dir, 'solution.js'));
      return Promise.resolve();
    },
    nextPhase: (r) => {
      r.session.advance({ override: true });
      return Promise.resolve();
    },
    giveUp: (r) => {
      r.session.giveUp();
      return Promise.resolve();
    },
    openDebrief: () => Promise.resolve(),
    notify: () => undefined,
  };
  const handler = new WebviewMessageHandler(() => room, effects, { warn: () => { logged++; } });
  const onUnhandled = (): void => { report.unhandledExceptions++; };
  process.on('unhandledRejection', onUnhandled);
  try {
    for (let i = 0; i < count; i++) {
      // Sometimes no interview at all (Run with no session), sometimes a fresh one, mostly carry on.
      const roll = random();
      if (roll < 0.03) {
        room?.dispose();
        room?.session.close();
        room = undefined;
      } else if (room === undefined || roll < 0.06 || room.ended) {
        room = newRoom();
      }
      const template = room === undefined ? { kind: pick(random, WEBVIEW_MESSAGE_KINDS) } : validMessage(random, room);
      const malformed = random() < 0.6;
      const message = malformed ? corrupt(random, template) : template;
      const before = room === undefined ? '' : snapshot(room);
      const logsBefore = logged;
      report.messages++;
      let outcome: string;
      try {
        outcome = await handler.handle(message);
      } catch {
        report.unhandledExceptions++;
        continue;
      }
      if (outcome === 'handled') {
        report.handled++;
        continue;
      }
      report.rejected++;
      if (room !== undefined && snapshot(room) !== before) report.stateChanges++;
      if (logged - logsBefore === 1) report.rejectionsLogged++;
      else report.rejectionsMislogged++;
    }
    room ??= newRoom();
    fuzzWebviewSide(random, room, Math.max(50, Math.floor(count / 2)), report);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    room?.dispose();
    room?.session.close();
    await judge.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  report.prototypePolluted = ({} as Record<string, unknown>).polluted !== undefined;
  return report;
}

/** The webview's validator against views from a real session, intact and broken. */
function fuzzWebviewSide(random: Random, room: InterviewRoom, count: number, report: MessageFuzzReport): void {
  const view = buildView(room, '<p>statement</p>', false);
  const intact: Record<string, unknown>[] = [
    { kind: 'view', view },
    { kind: 'notice', level: 'error', text: 'Test: nums: not valid JSON' },
    { kind: 'focus', target: 'plan' },
    { kind: 'empty', reason: 'No interview is running.' },
  ];
  for (let i = 0; i < count; i++) {
    const base = JSON.parse(JSON.stringify(pick(random, intact))) as Record<string, unknown>;
    const broken = random() < 0.7;
    let message: unknown = base;
    if (broken) {
      if (base.kind === 'view' && random() < 0.6) {
        // Break something deep inside the view, where a shallow check would miss it.
        const inner = base.view as Record<string, unknown>;
        message = { kind: 'view', view: corrupt(random, inner, true) };
      } else {
        message = corrupt(random, base, true);
      }
    }
    report.webview.messages++;
    try {
      const parsed = parseHostMessage(message);
      if (parsed.ok) report.webview.accepted++;
      else report.webview.rejected++;
      if (broken && parsed.ok && !sameAs(message, base)) report.webview.wronglyAccepted++;
      if (!broken && !parsed.ok) report.webview.wronglyRejected++;
    } catch {
      report.webview.unhandledExceptions++;
    }
  }
}

function sameAs(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  void runMessageFuzz(count).then((r) => {
    console.log(JSON.stringify(r, null, 2));
    process.exitCode = r.unhandledExceptions === 0 && r.stateChanges === 0 && r.rejectionsMislogged === 0 && r.webview.wronglyAccepted === 0 && r.webview.wronglyRejected === 0 && !r.prototypePolluted ? 0 : 1;
  });
}
