/** The interview as the rest of the workbench shows it: the status bar item and the context keys. */
import * as vscode from 'vscode';
import { ContextKeys } from '../ids';
import type { InterviewStatusBar } from '../statusBar';
import type { InterviewRoom } from './room';

export function showRoomStatus(statusBar: InterviewStatusBar, room: InterviewRoom | undefined): void {
  if (room === undefined) {
    statusBar.hide();
    return;
  }
  const state = room.session.state;
  const active = room.session.activeMs();
  const times = room.session.phaseTimesMs();
  statusBar.show({
    phase: state.phase,
    phaseElapsedMs: state.phase === 'done' ? 0 : times[state.phase],
    phaseBudgetMs: state.phase === 'done' ? 0 : state.budgets[state.phase],
    totalElapsedMs: state.phase === 'done' ? (state.endedT ?? active) : active,
    totalBudgetMs: state.overallLimitMs,
    paused: state.paused,
  });
}

/** The keys that show or hide the interview's commands and menus. */
export async function setRoomContext(room: InterviewRoom | undefined): Promise<void> {
  const active = room !== undefined && room.session.state.phase !== 'done';
  await vscode.commands.executeCommand('setContext', ContextKeys.sessionActive, active);
  await vscode.commands.executeCommand('setContext', ContextKeys.phase, room?.session.state.phase ?? '');
  await vscode.commands.executeCommand('setContext', ContextKeys.hintsAllowed, active && room.session.hintsAvailable && room.hintsRemaining > 0);
}
