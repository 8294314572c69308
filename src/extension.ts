/**
 * Activation: build the services, register commands, views and the panel serializer, and return.
 * Nothing heavy happens here: the problem bank, the judge worker and the webview load on first use.
 */
// First, so its clock starts before any other module of the bundle is evaluated.
import { activationBundleEvaluated, activationReport, activationTimes, type ActivationTimes } from './ui/activationClock';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerCommands, setInitialContext } from './ui/commands';
import { FirstRun } from './ui/firstRun';
import { Views } from './ui/ids';
import { OnsiteServices } from './ui/services';

export function activate(context: vscode.ExtensionContext): void {
  const activateStarted = performance.now();
  try {
    // Host modules without a vscode import (custom-test checks, history wording) translate through
    // @vscode/l10n, which needs the same bundle vscode.l10n already loaded for this display language.
    if (vscode.l10n.bundle !== undefined) l10n.config({ contents: vscode.l10n.bundle });
    const services = new OnsiteServices(context);
    const firstRun = new FirstRun(context.globalState);
    services.onInterviewStarting = () => { firstRun.interviewStarted(); };
    context.subscriptions.push(
      services,
      firstRun,
      ...registerCommands(services),
      // The extension also activates at startup (to reopen the interview panel after a reload), so the
      // first-run walkthrough waits for the person to open the Onsite view rather than for activation.
      services.registerExplorer(() => { firstRun.scheduleWalkthrough(); }),
      services.registerStudyPlan(),
      vscode.window.registerWebviewPanelSerializer(Views.interviewPanel, {
        deserializeWebviewPanel(panel: vscode.WebviewPanel) {
          // Returns at once: the workbench creates the webview's frame only after this resolves, so the
          // frame is made while the interview's code loads.
          void services.interview().then((interview) => { interview.revive(panel); }, (error: unknown) => { services.log.error('Could not revive the interview panel', error); });
          return Promise.resolve();
        },
      }),
    );
    const reopened = services.restoreInterviewAfterReload().catch((error: unknown) => { services.log.error('Could not reopen the interview panel', error); });
    void setInitialContext(services, reopened);
    reportActivation(context, services, activationTimes(activateStarted, performance.now()));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Onsite could not start: {0}', error instanceof Error ? error.message : String(error)));
  }
}

/** Logged after activate() returns: creating the output channel and reading the bundle's size are not activation's work. */
function reportActivation(context: vscode.ExtensionContext, services: OnsiteServices, times: ActivationTimes): void {
  setTimeout(() => {
    let bundleBytes: number | undefined;
    try {
      bundleBytes = statSync(join(context.extensionPath, 'dist', 'extension.js')).size;
    } catch {
      // Run from sources (tests): there is no activation bundle to measure.
    }
    services.log.info(activationReport(times, bundleBytes));
  }, 0);
}

export function deactivate(): void {
  // Disposables registered on the context close the session log and stop the judge worker.
}

// Last in the bundle: every module above has been evaluated.
activationBundleEvaluated();
