/** Every palette, keybinding and view command, each a thin call into the services that do the work. */
import * as vscode from 'vscode';
import { currentSettings } from './config';
import { problemRecords } from './explorer/problemStatus';
import { Commands, ContextKeys, WALKTHROUGH_ID } from './ids';
import type { OnsiteServices } from './services';
import { randomProblem } from './problemFilter';
import { pickLanguage, pickProblem } from './startPicker';
import type { Problem } from '../problems/types';

async function startWithLanguage(services: OnsiteServices, problem: Problem): Promise<void> {
  const language = await pickLanguage(currentSettings().defaultLanguage, problem);
  if (language === undefined) return;
  (await services.interview()).start(problem, language);
}

function records(services: OnsiteServices): ReturnType<typeof problemRecords> {
  const scan = services.store.scan();
  return problemRecords([...scan.finished, ...scan.inProgress].map((l) => l.state));
}

export function registerCommands(services: OnsiteServices): vscode.Disposable[] {
  const register = (id: string, run: (...args: unknown[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await run(...args);
      } catch (error) {
        services.log.error(`${id} failed`, error);
        void vscode.window.showErrorMessage(vscode.l10n.t('Onsite: {0}', error instanceof Error ? error.message : String(error)));
      }
    });

  return [
    register(Commands.startInterview, async () => {
      services.onInterviewStarting();
      const bank = await services.bank.bank();
      const problem = await pickProblem(bank.problems, records(services), services.context.globalState);
      if (problem !== undefined) await startWithLanguage(services, problem);
    }),
    register(Commands.startRandom, async () => {
      services.onInterviewStarting();
      const bank = await services.bank.bank();
      const problem = randomProblem(bank.problems, records(services));
      if (problem === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No problems are available.'));
        return;
      }
      await startWithLanguage(services, problem);
    }),
    register(Commands.startProblem, async (arg) => {
      services.onInterviewStarting();
      const id = typeof arg === 'string' ? arg : undefined;
      const problem = id === undefined ? undefined : await services.bank.find(id);
      if (problem === undefined) {
        await vscode.commands.executeCommand(Commands.startInterview);
        return;
      }
      await startWithLanguage(services, problem);
    }),
    register(Commands.resumeInterview, async () => {
      const scan = services.store.scan();
      if (scan.inProgress.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('There is no unfinished interview to resume.'));
        return;
      }
      const items = scan.inProgress.map((log) => ({
        label: log.state.title,
        description: `${log.state.phase} · ${new Date(log.state.startedAt).toLocaleString()}`,
        sessionId: log.sessionId,
      }));
      const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Resume which interview?') });
      if (pick === undefined) return;
      const interview = await services.interview();
      if (await interview.resume(pick.sessionId)) interview.show(false);
    }),
    register(Commands.showInterview, async () => { (await services.interview()).show(false); }),
    register(Commands.togglePause, async () => (await services.interview()).command('togglePause')),
    register(Commands.run, async () => (await services.interview()).command('run')),
    register(Commands.submit, async () => (await services.interview()).command('submit')),
    register(Commands.nextPhase, async () => (await services.interview()).command('nextPhase')),
    register(Commands.giveUp, async () => (await services.interview()).command('giveUp')),
    register(Commands.debugTest, async () => (await services.interview()).command('debugTest')),
    register(Commands.revealHint, async () => (await services.interview()).command('revealHint')),
    register(Commands.openProblemFolderSettings, () => vscode.commands.executeCommand('workbench.action.openSettings', 'onsite.problemFolders')),
    register(Commands.openSettings, () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:onsite-dev.onsite')),
    register(Commands.refreshProblems, () => {
      services.bank.reload();
      services.refreshProgress();
    }),
    register(Commands.groupByTopic, () => vscode.workspace.getConfiguration('onsite').update('explorer.groupBy', 'topic', vscode.ConfigurationTarget.Global)),
    register(Commands.groupByDifficulty, () => vscode.workspace.getConfiguration('onsite').update('explorer.groupBy', 'difficulty', vscode.ConfigurationTarget.Global)),
    register(Commands.openWalkthrough, () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
  ];
}

/**
 * `reopened` settles once a reload's interview panel is back: whether Resume is offered needs every
 * session log read, which with a long history is the slowest step of start-up, so it waits until then.
 */
export async function setInitialContext(services: OnsiteServices, reopened: Promise<void>): Promise<void> {
  await vscode.commands.executeCommand('setContext', ContextKeys.groupBy, currentSettings().explorerGroupBy);
  await reopened;
  await vscode.commands.executeCommand('setContext', ContextKeys.hasUnfinished, services.store.scan().inProgress.length > 0);
}
