/**
 * The host's side of the interview webview's protocol: validate, check the moment, dispatch. It takes
 * `unknown`, because that is what a webview sends; a message that does not parse, or that arrives when
 * it makes no sense (Submit during Clarify, Run with no interview), is logged once and not acted on.
 * Free of `vscode` so that the fuzz test in test/reliability drives exactly this code.
 */
import type { ActionResult } from '../../core/sessionContract';
import type { SessionPhase } from '../../vocabulary/interview';
import { parseWebviewMessage } from '../../webview/protocol';
import { describeKind } from '../../webview/shared/shape';
import type { WebviewMessage, WebviewMessageKind } from '../../webview/protocol';
import type { InterviewRoom } from './room';
import { refusalWords } from '../refusalWords';

/** What needs the editor: the judge, files, the debugger, confirmations. */
export interface InterviewEffects {
  /** The webview (re)loaded and wants the current view. */
  ready(): void;
  /** The webview drew its first interview view since it loaded. */
  shown(): void;
  run(room: InterviewRoom): Promise<void>;
  submit(room: InterviewRoom): Promise<void>;
  debugTest(room: InterviewRoom, testId: string): Promise<void>;
  openSolution(room: InterviewRoom): Promise<void>;
  nextPhase(room: InterviewRoom): Promise<void>;
  giveUp(room: InterviewRoom): Promise<void>;
  openDebrief(room: InterviewRoom): Promise<void>;
  /** A short message back to the candidate, e.g. why a custom test was not saved. */
  notify(level: 'info' | 'error', text: string): void;
}

export interface MessageLog {
  warn(message: string): void;
}

export type HandleOutcome = 'handled' | 'invalid' | 'refused';

const ACTIVE_PHASES: readonly SessionPhase[] = ['clarify', 'plan', 'code', 'test'];
const CODING: readonly SessionPhase[] = ['code', 'test'];

/** Phases in which each command makes sense; `ready` and `shown` are always accepted, even with no interview. */
const ALLOWED_IN: Record<Exclude<WebviewMessageKind, 'ready' | 'shown'>, readonly SessionPhase[]> = {
  askQuestion: ['clarify', 'plan'],
  chooseClarification: ['clarify', 'plan'],
  noQuestions: ['clarify'],
  setAssumption: ACTIVE_PHASES,
  removeAssumption: ACTIVE_PHASES,
  updatePlan: ['plan', 'code', 'test'],
  addNote: ACTIVE_PHASES,
  nextPhase: ['clarify', 'plan', 'code'],
  togglePause: ACTIVE_PHASES,
  revealHint: ACTIVE_PHASES,
  openSolution: [...CODING, 'done'],
  run: CODING,
  submit: CODING,
  giveUp: ACTIVE_PHASES,
  saveCustomTest: CODING,
  removeCustomTest: CODING,
  debugTest: CODING,
  answerFollowUp: ['done'],
  openDebrief: ['done'],
};

/** Commands that start judge or debugger work; one at a time. */
const NEEDS_IDLE = new Set<WebviewMessageKind>(['run', 'submit', 'debugTest']);

export class WebviewMessageHandler {
  constructor(
    private readonly currentRoom: () => InterviewRoom | undefined,
    private readonly effects: InterviewEffects,
    private readonly log: MessageLog,
  ) {}

  /** Validates first: for what has not passed the protocol yet (the fuzz tests, palette commands). */
  async handle(raw: unknown): Promise<HandleOutcome> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.log.warn(`Ignored a malformed message from the interview view (${describeKind(raw)}): ${parsed.reason}`);
      return 'invalid';
    }
    return this.handleMessage(parsed.value);
  }

  /** A message the panel already validated: check the moment, then act. */
  async handleMessage(message: WebviewMessage): Promise<HandleOutcome> {
    if (message.kind === 'ready') {
      this.effects.ready();
      return 'handled';
    }
    if (message.kind === 'shown') {
      this.effects.shown();
      return 'handled';
    }
    const room = this.currentRoom();
    if (room === undefined) {
      this.log.warn(`Ignored "${message.kind}": no interview is open.`);
      return 'refused';
    }
    const phase = room.session.state.phase;
    if (!ALLOWED_IN[message.kind].includes(phase)) {
      this.log.warn(`Ignored "${message.kind}" during the ${phase} phase.`);
      return 'refused';
    }
    if (NEEDS_IDLE.has(message.kind) && room.busy !== null) {
      this.log.warn(`Ignored "${message.kind}": a ${room.busy} is still in progress.`);
      return 'refused';
    }
    try {
      const result = await this.dispatch(room, message);
      if (result !== undefined && !result.ok) {
        this.log.warn(`Refused "${message.kind}": ${refusalWords(result.refusal)}`);
        this.effects.notify('error', refusalWords(result.refusal));
        return 'refused';
      }
      return 'handled';
    } catch (error) {
      // An action that throws (disk full, judge crashed) must not take the view down with it.
      const reason = error instanceof Error ? error.message : String(error);
      this.log.warn(`"${message.kind}" failed: ${reason}`);
      this.effects.notify('error', reason);
      return 'refused';
    }
  }

  private async dispatch(room: InterviewRoom, message: Exclude<WebviewMessage, { kind: 'ready' | 'shown' }>): Promise<ActionResult | undefined> {
    const session = room.session;
    switch (message.kind) {
      case 'askQuestion':
        return room.askQuestion(message.text);
      case 'chooseClarification':
        return room.chooseClarification(message.questionSeq, message.clarificationId);
      case 'noQuestions':
        return session.declareNoQuestions();
      case 'setAssumption':
        return session.setAssumption(message.text, message.id ?? undefined);
      case 'removeAssumption':
        return session.removeAssumption(message.id);
      case 'updatePlan':
        return room.updatePlan(message.plan);
      case 'addNote':
        return session.addNote(message.text);
      case 'togglePause':
        return session.state.paused ? session.resume() : session.pause();
      case 'revealHint':
        return room.revealHint();
      case 'saveCustomTest':
        return room.saveCustomTest(message.id, message.label, message.args, message.expected);
      case 'removeCustomTest':
        return room.removeCustomTest(message.id);
      case 'answerFollowUp':
        return room.answerFollowUp(message.answer);
      case 'debugTest':
        await this.effects.debugTest(room, message.testId);
        return undefined;
      // Each of these is an effect of the same name that needs nothing but the room.
      case 'nextPhase':
      case 'run':
      case 'submit':
      case 'openSolution':
      case 'giveUp':
      case 'openDebrief':
        await this.effects[message.kind](room);
        return undefined;
    }
  }
}
