/**
 * Opens the walkthrough once, when the Onsite view is first shown; Open Walkthrough brings it back. When the
 * first activation comes from the candidate starting an interview straight away, the walkthrough stays
 * closed: it would steal focus from the problem picker, and they already know where to start.
 */
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from './ids';

const SHOWN_KEY = 'onsite.walkthroughShown';
/** Long enough for the command that caused activation to run first. */
const DELAY_MS = 1_500;

export class FirstRun implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly state: vscode.Memento) {}

  scheduleWalkthrough(): void {
    if (this.state.get<boolean>(SHOWN_KEY) === true) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.state.get<boolean>(SHOWN_KEY) === true) return;
      void this.state.update(SHOWN_KEY, true);
      void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
    }, DELAY_MS);
  }

  /** The candidate went straight to an interview: no walkthrough now or later. */
  interviewStarted(): void {
    if (this.state.get<boolean>(SHOWN_KEY) !== true) void this.state.update(SHOWN_KEY, true);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
