/**
 * The interview's clock in the editor: the once-a-second tick that advances the session's time, raises
 * budget notices and re-syncs the panel now and then, and the status bar and context keys that follow it.
 */
import * as vscode from 'vscode';
import { currentSettings } from '../config';
import type { OnsiteLog } from '../log';
import type { InterviewStatusBar } from '../statusBar';
import { announceBudgetAlert } from './budgetNotifier';
import type { InterviewRoom } from './room';
import { setRoomContext, showRoomStatus } from './roomStatus';
import { msUntilNextSecond } from '../../vocabulary/interview';

/** How often the full view is re-sent while the clock runs; the webview counts seconds in between. */
const VIEW_RESYNC_MS = 5_000;

export class InterviewClock implements vscode.Disposable {
  private ticker: ReturnType<typeof setTimeout> | undefined;
  private lastViewSent = 0;

  constructor(
    private readonly room: () => InterviewRoom | undefined,
    private readonly statusBar: InterviewStatusBar,
    private readonly log: OnsiteLog,
    private readonly sendView: () => void,
  ) {}

  /** Starts ticking once a room is adopted; the tick stops itself when no room is left. */
  ensureRunning(): void {
    if (this.ticker === undefined) this.scheduleTick();
  }

  /** The next tick comes just past the phase time's next whole second, when the panel redraws too. */
  private scheduleTick(): void {
    this.ticker = setTimeout(() => {
      this.ticker = undefined;
      this.tick();
      if (this.room() !== undefined) this.ensureRunning();
    }, this.msToNextTick());
  }

  /** The phase time while it runs; undefined when paused, finished or closed, when no second changes. */
  private runningPhaseMs(): number | undefined {
    const session = this.room()?.session;
    const phase = session?.state.phase;
    if (session === undefined || phase === undefined || phase === 'done' || session.state.paused || session.isClosed) return undefined;
    return session.phaseTimesMs()[phase];
  }

  private msToNextTick(): number {
    const phaseMs = this.runningPhaseMs();
    return phaseMs === undefined ? 1000 : msUntilNextSecond(phaseMs);
  }

  /** The controller sent a full view: the next resync counts from now. */
  viewSent(): void {
    this.lastViewSent = Date.now();
    // A new phase or a resume moves the seconds' boundaries: the next tick follows them. A stopped clock
    // keeps its pending tick, so views sent more often than once a second cannot hold the tick back.
    if (this.ticker !== undefined && this.runningPhaseMs() !== undefined) {
      clearTimeout(this.ticker);
      this.scheduleTick();
    }
  }

  private tick(): void {
    const room = this.room();
    if (room === undefined) {
      this.stop();
      return;
    }
    const session = room.session;
    if (session.state.phase === 'done' || session.isClosed) {
      this.updateStatusBar();
      return;
    }
    try {
      const report = session.tick();
      const notify = currentSettings().budgetNotifications;
      for (const alert of report.alerts) announceBudgetAlert(alert, notify);
      if (report.expired) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Time is up. The interview has ended; open the debrief to see how it went.'));
      }
      if (report.alerts.length > 0 || report.expired || report.breakMs > 0 || Date.now() - this.lastViewSent >= VIEW_RESYNC_MS) this.sendView();
      else this.updateStatusBar();
    } catch (error) {
      this.log.error('Clock tick failed', error);
    }
  }

  stop(): void {
    if (this.ticker !== undefined) clearTimeout(this.ticker);
    this.ticker = undefined;
  }

  updateStatusBar(): void {
    showRoomStatus(this.statusBar, this.room());
  }

  async setContext(): Promise<void> {
    await setRoomContext(this.room());
  }

  dispose(): void {
    this.stop();
  }
}
