/**
 * The bank arranged by the study list: the explorer's topic groups, and the Study Plan's sections with
 * progress per topic. Free of `vscode` so the arrangement is tested on the real bank and real session logs.
 */
import { STUDY_EXTRAS, STUDY_LIST, studyTopicOf } from '../../problems/studyList';
import type { StudyProblem, StudyTopic } from '../../problems/studyList';
import type { Problem } from '../../problems/types';
import { recordOf } from './problemStatus';
import type { ProblemProgress, ProblemRecord } from './problemStatus';

/** A list topic, or the problems off the list. */
export type StudySection = StudyTopic | 'extra';

export interface ExplorerTopicGroup {
  section: StudySection;
  problems: Problem[];
}

/**
 * The bank's problems by list topic, topics and problems in the list's order; topics with no problem in
 * the bank are left out (the explorer shows what can be started). Problems off the list, bundled extras
 * and the user's own, come last under 'extra', by title.
 */
export function groupByStudyTopic(problems: readonly Problem[]): ExplorerTopicGroup[] {
  const byId = new Map(problems.map((p) => [p.meta.id, p]));
  const groups: ExplorerTopicGroup[] = [];
  for (const topic of STUDY_LIST) {
    const inBank = topic.problems.flatMap((planned) => byId.get(planned.id) ?? []);
    if (inBank.length > 0) groups.push({ section: topic, problems: inBank });
  }
  const offList = problems.filter((p) => studyTopicOf(p.meta.id) === undefined).sort((a, b) => a.meta.title.localeCompare(b.meta.title));
  if (offList.length > 0) groups.push({ section: 'extra', problems: offList });
  return groups;
}

export type PlanEntry =
  | { kind: 'available'; problem: Problem; progress: ProblemProgress }
  /** On the list, not in the bank yet: shown by its list title so the plan stays whole. */
  | { kind: 'comingSoon'; planned: StudyProblem };

export interface PlanSection {
  section: StudySection;
  entries: PlanEntry[];
  /** Accepted on Submit at least once. */
  solved: number;
  /** Every problem of the section on the list, whether in the bank or not. */
  total: number;
}

function entriesOf(planned: readonly StudyProblem[], byId: ReadonlyMap<string, Problem>, records: ReadonlyMap<string, ProblemRecord>): PlanEntry[] {
  return planned.map((p): PlanEntry => {
    const problem = byId.get(p.id);
    return problem === undefined ? { kind: 'comingSoon', planned: p } : { kind: 'available', problem, progress: recordOf(records, p.id).progress };
  });
}

function sectionOf(section: StudySection, entries: PlanEntry[]): PlanSection {
  const solved = entries.filter((e) => e.kind === 'available' && e.progress === 'solved').length;
  return { section, entries, solved, total: entries.length };
}

/** Every list topic in order with all its problems, then the bundled extras (Move Zeroes). */
export function studyPlan(problems: readonly Problem[], records: ReadonlyMap<string, ProblemRecord>): PlanSection[] {
  const byId = new Map(problems.map((p) => [p.meta.id, p]));
  const sections = STUDY_LIST.map((topic) => sectionOf(topic, entriesOf(topic.problems, byId, records)));
  const extras = entriesOf(STUDY_EXTRAS, byId, records);
  if (extras.length > 0) sections.push(sectionOf('extra', extras));
  return sections;
}

/** Progress over the list itself (the 150), extras excluded: the number a candidate tracks. */
export function listProgress(plan: readonly PlanSection[]): { solved: number; total: number } {
  const onList = plan.filter((s) => s.section !== 'extra');
  return { solved: onList.reduce((n, s) => n + s.solved, 0), total: onList.reduce((n, s) => n + s.total, 0) };
}
