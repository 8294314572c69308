/**
 * Choosing what to practise: a problem filtered by difficulty, topic and progress (or a random one),
 * then the language. Quick picks only, so everything is keyboard-driven.
 */
import * as vscode from 'vscode';
import type { Language } from '../core/events';
import { DIFFICULTIES } from '../problems/types';
import type { Problem } from '../problems/types';
import type { ProblemProgress, ProblemRecord } from './explorer/problemStatus';
import { recordOf } from './explorer/problemStatus';

interface Filter {
  difficulty: string | null;
  topic: string | null;
  progress: ProblemProgress | null;
}

type FilterItem = vscode.QuickPickItem & { apply?: (f: Filter) => Filter; random?: true };

const ALL: Filter = { difficulty: null, topic: null, progress: null };

export function matching(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, filter: Filter): Problem[] {
  return problems.filter(
    (p) =>
      (filter.difficulty === null || p.meta.difficulty === filter.difficulty) &&
      (filter.topic === null || p.meta.topics.includes(filter.topic)) &&
      (filter.progress === null || recordOf(records, p.meta.id).progress === filter.progress),
  );
}

export function randomProblem(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, random: () => number = Math.random): Problem | undefined {
  // Prefer problems not solved yet, so "random" keeps offering new practice.
  const unsolved = problems.filter((p) => recordOf(records, p.meta.id).progress !== 'solved');
  const pool = unsolved.length > 0 ? unsolved : problems;
  return pool[Math.floor(random() * pool.length)];
}

async function chooseFilter(problems: readonly Problem[]): Promise<Filter | 'random' | undefined> {
  const topics = [...new Set(problems.flatMap((p) => p.meta.topics))].sort();
  const items: FilterItem[] = [
    { label: `$(list-unordered) ${vscode.l10n.t('All problems')}`, apply: () => ALL },
    { label: `$(question) ${vscode.l10n.t('Random problem')}`, random: true },
    { label: vscode.l10n.t('Difficulty'), kind: vscode.QuickPickItemKind.Separator },
    ...DIFFICULTIES.map((d): FilterItem => ({ label: d, description: vscode.l10n.t('{0} problems', problems.filter((p) => p.meta.difficulty === d).length), apply: (f) => ({ ...f, difficulty: d }) })),
    { label: vscode.l10n.t('Progress'), kind: vscode.QuickPickItemKind.Separator },
    { label: `$(circle-large-outline) ${vscode.l10n.t('Not tried yet')}`, apply: (f) => ({ ...f, progress: 'untried' }) },
    { label: `$(circle-large-filled) ${vscode.l10n.t('Attempted, not solved')}`, apply: (f) => ({ ...f, progress: 'attempted' }) },
    { label: `$(pass-filled) ${vscode.l10n.t('Solved')}`, apply: (f) => ({ ...f, progress: 'solved' }) },
    { label: vscode.l10n.t('Topic'), kind: vscode.QuickPickItemKind.Separator },
    ...topics.map((t): FilterItem => ({ label: t, description: vscode.l10n.t('{0} problems', problems.filter((p) => p.meta.topics.includes(t)).length), apply: (f) => ({ ...f, topic: t }) })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Interview: which problems?'), placeHolder: vscode.l10n.t('Filter by difficulty, progress or topic, or take a random one') });
  if (pick === undefined) return undefined;
  if (pick.random === true) return 'random';
  return pick.apply?.(ALL) ?? ALL;
}

export async function pickProblem(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>): Promise<Problem | undefined> {
  const filter = await chooseFilter(problems);
  if (filter === undefined) return undefined;
  if (filter === 'random') return randomProblem(problems, records);
  const candidates = matching(problems, records, filter);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No problem matches that filter.'));
    return undefined;
  }
  const icons = { untried: '$(circle-large-outline)', attempted: '$(circle-large-filled)', solved: '$(pass-filled)' };
  const items = candidates.map((p) => {
    const record = recordOf(records, p.meta.id);
    return { label: `${icons[record.progress]} ${p.meta.title}`, description: `${p.meta.difficulty} · ${p.meta.topics.join(', ')}`, detail: p.meta.signature, problem: p };
  });
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Interview: choose a problem'), matchOnDescription: true, matchOnDetail: true });
  return pick?.problem;
}

export async function pickLanguage(defaultLanguage: Language): Promise<Language | undefined> {
  const items: (vscode.QuickPickItem & { language: Language })[] = [
    { label: 'JavaScript', language: 'javascript' },
    { label: 'TypeScript', description: vscode.l10n.t('transpiled, not type-checked'), language: 'typescript' },
  ];
  items.sort((a) => (a.language === defaultLanguage ? -1 : 1));
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Interview: language') });
  return pick?.language;
}
