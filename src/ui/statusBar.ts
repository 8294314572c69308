/** The status bar item: phase and time while an interview runs; a click brings the panel forward. */
import * as vscode from 'vscode';
import type { SessionPhase } from '../vocabulary/interview';
import { phaseName } from '../webview/shared/phaseNames';
import { Commands } from './ids';

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${(s % 60).toString().padStart(2, '0')}`;
}

export interface StatusSnapshot {
  phase: SessionPhase;
  phaseElapsedMs: number;
  phaseBudgetMs: number;
  totalElapsedMs: number;
  totalBudgetMs: number;
  paused: boolean;
}

export class InterviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('onsite.interview', vscode.StatusBarAlignment.Left, 100);

  constructor() {
    this.item.name = vscode.l10n.t('Onsite interview');
    this.item.command = Commands.showInterview;
  }

  show(s: StatusSnapshot): void {
    const phase = phaseName(s.phase);
    const over = s.phaseBudgetMs > 0 && s.phaseElapsedMs >= s.phaseBudgetMs;
    const near = !over && s.phaseBudgetMs > 0 && s.phaseElapsedMs >= s.phaseBudgetMs * 0.8;
    const icon = s.paused ? '$(debug-pause)' : s.phase === 'done' ? '$(pass)' : '$(watch)';
    this.item.text = s.phase === 'done' ? `${icon} ${phase} ${clock(s.totalElapsedMs)}` : `${icon} ${phase} ${clock(s.phaseElapsedMs)}/${clock(s.phaseBudgetMs)}`;
    this.item.tooltip = vscode.l10n.t('{0}: {1} of {2}. Total {3} of {4}. Click to show the interview.', phase, clock(s.phaseElapsedMs), clock(s.phaseBudgetMs), clock(s.totalElapsedMs), clock(s.totalBudgetMs));
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.errorBackground') : near ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: this.item.tooltip, role: 'button' };
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
