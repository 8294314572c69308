/**
 * Choosing what to practise, in two keyboard-driven quick picks: first check any mix of difficulties,
 * progress and topics (they combine, and the title counts the matches as you check), then pick one of
 * the matching problems or a random one among them; then the language. The last filter is remembered.
 */
import * as vscode from 'vscode';
import type { Language } from '../core/events';
import { DIFFICULTIES } from '../vocabulary/interview';
import { LANGUAGE_NAMES } from '../vocabulary/languages';
import type { Problem } from '../problems/types';
import type { ProblemProgress, ProblemRecord } from './explorer/problemStatus';
import { recordOf } from './explorer/problemStatus';
import { choiceKey, filterOf, matching, randomProblem, type FilterChoice } from './problemFilter';

const LAST_FILTER_KEY = 'onsite.startFilter';

const PROGRESS_ICONS: Record<ProblemProgress, string> = { untried: '$(circle-large-outline)', attempted: '$(circle-large-filled)', solved: '$(pass-filled)' };

type ChoiceItem = vscode.QuickPickItem & { choice?: FilterChoice };

function progressLabel(progress: ProblemProgress): string {
  switch (progress) {
    case 'untried': return vscode.l10n.t('Not tried yet');
    case 'attempted': return vscode.l10n.t('Attempted, not solved');
    case 'solved': return vscode.l10n.t('Solved');
  }
}

function choiceItems(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>): ChoiceItem[] {
  const count = (test: (p: Problem) => boolean): string => vscode.l10n.t('{0} problems', problems.filter(test).length);
  const topics = [...new Set(problems.flatMap((p) => p.meta.topics))].sort();
  const progress: ProblemProgress[] = ['untried', 'attempted', 'solved'];
  return [
    { label: vscode.l10n.t('Difficulty'), kind: vscode.QuickPickItemKind.Separator },
    ...DIFFICULTIES.map((d): ChoiceItem => ({ label: d, description: count((p) => p.meta.difficulty === d), choice: { kind: 'difficulty', value: d } })),
    { label: vscode.l10n.t('Progress'), kind: vscode.QuickPickItemKind.Separator },
    ...progress.map((p): ChoiceItem => ({
      label: `${PROGRESS_ICONS[p]} ${progressLabel(p)}`,
      description: count((problem) => recordOf(records, problem.meta.id).progress === p),
      choice: { kind: 'progress', value: p },
    })),
    { label: vscode.l10n.t('Topic'), kind: vscode.QuickPickItemKind.Separator },
    ...topics.map((t): ChoiceItem => ({ label: t, description: count((p) => p.meta.topics.includes(t)), choice: { kind: 'topic', value: t } })),
  ];
}

/** The filter step; resolves with the matching problems, or undefined when dismissed. */
function chooseProblems(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, memento: vscode.Memento): Promise<Problem[] | undefined> {
  const pick = vscode.window.createQuickPick<ChoiceItem>();
  pick.canSelectMany = true;
  pick.matchOnDescription = false;
  pick.placeholder = vscode.l10n.t('Check difficulties, progress or topics (Space), then Enter. Nothing checked means every problem.');
  pick.items = choiceItems(problems, records);
  const remembered = new Set(memento.get<string[]>(LAST_FILTER_KEY, []));
  pick.selectedItems = pick.items.filter((item) => item.choice !== undefined && remembered.has(choiceKey(item.choice)));
  const chosen = (): FilterChoice[] => pick.selectedItems.flatMap((item) => (item.choice === undefined ? [] : [item.choice]));
  const retitle = (): void => {
    const found = matching(problems, records, filterOf(chosen())).length;
    pick.title = vscode.l10n.t('Start Interview: {0} of {1} problems match', found, problems.length);
  };
  retitle();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: Problem[] | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidChangeSelection(retitle);
    pick.onDidAccept(() => {
      const choices = chosen();
      void memento.update(LAST_FILTER_KEY, choices.map(choiceKey));
      finish(matching(problems, records, filterOf(choices)));
    });
    pick.onDidHide(() => { finish(undefined); });
    pick.show();
  });
}

export async function pickProblem(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, memento: vscode.Memento): Promise<Problem | undefined> {
  const candidates = await chooseProblems(problems, records, memento);
  if (candidates === undefined) return undefined;
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No problem matches that filter.'));
    return undefined;
  }
  type ProblemItem = vscode.QuickPickItem & { problem?: Problem; random?: true };
  const items: ProblemItem[] = [
    { label: `$(question) ${vscode.l10n.t('Random problem')}`, description: vscode.l10n.t('one of these {0}, unsolved first', candidates.length), random: true },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    ...candidates.map((p): ProblemItem => ({
      label: `${PROGRESS_ICONS[recordOf(records, p.meta.id).progress]} ${p.meta.title}`,
      description: `${p.meta.difficulty} · ${p.meta.topics.join(', ')}`,
      detail: p.meta.signature,
      problem: p,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Interview: choose a problem'), matchOnDescription: true, matchOnDetail: true });
  if (pick?.random === true) return randomProblem(candidates, records);
  return pick?.problem;
}

/** Python is offered for problems that have a starter.py. */
export async function pickLanguage(defaultLanguage: Language, problem: Problem): Promise<Language | undefined> {
  const items: (vscode.QuickPickItem & { language: Language })[] = [
    { label: LANGUAGE_NAMES.javascript, language: 'javascript' },
    { label: LANGUAGE_NAMES.typescript, description: vscode.l10n.t('transpiled, not type-checked'), language: 'typescript' },
    ...(problem.starters.python !== undefined ? [{ label: LANGUAGE_NAMES.python, description: vscode.l10n.t('Pyodide, in its own sandbox process'), language: 'python' as const }] : []),
  ];
  items.sort((a) => (a.language === defaultLanguage ? -1 : 1));
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Interview: language') });
  return pick?.language;
}
