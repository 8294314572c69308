/**
 * What the message handler and the palette commands ask of the editor: the solution file, the judge,
 * the debugger, confirmations and the debrief. Owns the solution's diagnostics.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { refusalWords } from '../refusalWords';
import type { Judge } from '../../judge/judge';
import { currentSettings } from '../config';
import type { DebriefService } from '../debrief/service';
import { ContextKeys } from '../ids';
import type { OnsiteLog } from '../log';
import { measureForDebrief } from './debriefMeasures';
import { debugOneTest } from './debugTest';
import { runSolution, SolutionDiagnostics, submitSolution } from './judging';
import type { InterviewEffects } from './messageHandler';
import { InterviewPanel } from './panel';
import type { InterviewRoom } from './room';
import { ensureSolutionFile, readSolution, showSolution, solutionFileName, solutionFolder } from './solutionFile';

export interface EffectsDeps {
  storageDir: string;
  log: OnsiteLog;
  judge(): Judge;
  debrief: DebriefService;
}

export type FocusTarget = 'question' | 'plan' | 'tests' | 'notes' | 'followUp';

/** What stays with the controller: the view it sends and where keyboard focus goes. */
export interface ViewChannel {
  ready(): void;
  /** The webview drew the interview: background work may start. */
  shown(): void;
  notify(level: 'info' | 'error', text: string): void;
  postFocus(target: FocusTarget): void;
}

export class RoomEffects implements InterviewEffects, vscode.Disposable {
  readonly diagnostics = new SolutionDiagnostics();

  constructor(
    private readonly deps: EffectsDeps,
    private readonly view: ViewChannel,
  ) {}

  ready(): void {
    this.view.ready();
  }

  shown(): void {
    this.view.shown();
  }

  notify(level: 'info' | 'error', text: string): void {
    this.view.notify(level, text);
  }

  private postFocus(target: FocusTarget): void {
    this.view.postFocus(target);
  }

  async openSolutionFile(room: InterviewRoom): Promise<void> {
    const state = room.session.state;
    let file = state.solutionPath;
    if (file === null) {
      const folder = solutionFolder(currentSettings().solutionFolder, this.deps.storageDir);
      file = path.join(folder, solutionFileName(room.problem, state.sessionId, state.language));
      ensureSolutionFile(file, room.problem, state.language);
      room.session.openSolution(file);
    } else {
      ensureSolutionFile(file, room.problem, state.language);
    }
    await showSolution(file, InterviewPanel.active?.viewColumn);
    void vscode.commands.executeCommand('setContext', ContextKeys.solutionOpen, true);
  }

  async openSolution(room: InterviewRoom): Promise<void> {
    await this.openSolutionFile(room);
  }

  async run(room: InterviewRoom): Promise<void> {
    const report = await runSolution(room, this.deps.judge(), this.diagnostics);
    if (report !== undefined) this.notify(report.verdict === 'accepted' ? 'info' : 'error', vscode.l10n.t('Run: {0} of {1} passed.', report.passed, report.total));
  }

  async submit(room: InterviewRoom): Promise<void> {
    const report = await submitSolution(room, this.deps.judge(), this.diagnostics);
    if (report === undefined || room.session.state.phase !== 'done') return;
    const open = vscode.l10n.t('Open Debrief');
    const text = vscode.l10n.t('Submitted: {0} of {1} tests passed.', report.passed, report.total);
    void vscode.window.showInformationMessage(text, open).then((choice) => {
      if (choice === open) void this.deps.debrief.open(room.session.id);
    });
    if (room.followUpQuestion === null) await this.deps.debrief.open(room.session.id);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Onsite: measuring scaling and test strength for the debrief') },
      async () => {
        const file = room.session.state.solutionPath;
        if (file !== null) await measureForDebrief(room, this.deps.judge(), await readSolution(file), (message) => { this.deps.log.warn(message); });
      },
    ).then(
      () => { this.deps.debrief.historyChanged(); },
      (error: unknown) => { this.deps.log.error('Debrief measurements failed', error); },
    );
  }

  async debugTest(room: InterviewRoom, testId: string): Promise<void> {
    // Not marked busy: a debug session runs in Node beside the judge and may stay open for minutes.
    await debugOneTest(room, testId, this.deps.storageDir, this.deps.judge());
  }

  async nextPhase(room: InterviewRoom): Promise<void> {
    const check = room.session.checkAdvance();
    if (!check.allowed) {
      this.notify('error', refusalWords(check.refusal));
      void vscode.window.showWarningMessage(refusalWords(check.refusal));
      return;
    }
    if (check.needsOverride) {
      const moveOn = vscode.l10n.t('Move on anyway');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Before moving on, an interviewer expects: {0}.', check.unmet.map((c) => c.label).join('; ')),
        moveOn,
      );
      if (choice !== moveOn) return;
    }
    const result = room.session.advance({ override: check.needsOverride });
    if (!result.ok) this.notify('error', refusalWords(result.refusal));
    else this.postFocus(room.session.state.phase === 'plan' ? 'plan' : room.session.state.phase === 'test' ? 'tests' : 'notes');
  }

  async giveUp(room: InterviewRoom): Promise<void> {
    const giveUp = vscode.l10n.t('Give up');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Give up on "{0}"? The debrief will still show what you did.', room.problem.meta.title), giveUp);
    if (choice !== giveUp) return;
    const result = room.session.giveUp();
    if (!result.ok) this.notify('error', refusalWords(result.refusal));
    else await this.deps.debrief.open(room.session.id);
  }

  async openDebrief(room: InterviewRoom): Promise<void> {
    await this.deps.debrief.open(room.session.id);
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
