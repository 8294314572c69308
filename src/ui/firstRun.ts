/** Opens the walkthrough once, on the first activation ever; the Open Walkthrough command brings it back. */
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from './ids';

const SHOWN_KEY = 'onsite.walkthroughShown';

export function openWalkthroughOnce(context: vscode.ExtensionContext): void {
  if (context.globalState.get<boolean>(SHOWN_KEY) === true) return;
  void context.globalState.update(SHOWN_KEY, true);
  void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
}
