/**
 * Which problems a Start filter selects. Within one kind the choices widen the set (easy or medium),
 * across kinds they narrow it (medium, and on graphs, and not solved yet); an empty kind places no
 * constraint, so checking nothing means every problem.
 */
import type { Problem } from '../problems/types';
import type { ProblemProgress, ProblemRecord } from './explorer/problemStatus';
import { recordOf } from './explorer/problemStatus';

export interface ProblemFilter {
  difficulties: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  progress: ReadonlySet<ProblemProgress>;
}

export type FilterChoice =
  | { kind: 'difficulty'; value: string }
  | { kind: 'topic'; value: string }
  | { kind: 'progress'; value: ProblemProgress };

export function filterOf(choices: readonly FilterChoice[]): ProblemFilter {
  const difficulties = new Set<string>();
  const topics = new Set<string>();
  const progress = new Set<ProblemProgress>();
  for (const choice of choices) {
    if (choice.kind === 'difficulty') difficulties.add(choice.value);
    else if (choice.kind === 'topic') topics.add(choice.value);
    else progress.add(choice.value);
  }
  return { difficulties, topics, progress };
}

export function matching(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, filter: ProblemFilter): Problem[] {
  return problems.filter(
    (p) =>
      (filter.difficulties.size === 0 || filter.difficulties.has(p.meta.difficulty)) &&
      (filter.topics.size === 0 || p.meta.topics.some((t) => filter.topics.has(t))) &&
      (filter.progress.size === 0 || filter.progress.has(recordOf(records, p.meta.id).progress)),
  );
}

export function randomProblem(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>, random: () => number = Math.random): Problem | undefined {
  // Prefer problems not solved yet, so "random" keeps offering new practice.
  const unsolved = problems.filter((p) => recordOf(records, p.meta.id).progress !== 'solved');
  const pool = unsolved.length > 0 ? unsolved : problems;
  return pool[Math.floor(random() * pool.length)];
}

/** Stable text for a choice, so the last filter can be remembered across sessions and checked again. */
export function choiceKey(choice: FilterChoice): string {
  return `${choice.kind}:${choice.value}`;
}
