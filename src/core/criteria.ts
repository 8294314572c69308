/**
 * Exit criteria: what an interviewer expects before moving on from each phase. The ids are written
 * into phase_changed.overridden when a practice-mode user moves on without them, so they are stable.
 */
import type { Phase } from '../vocabulary/interview';
import { PHASES } from '../vocabulary/interview';
import { isProblemQuestion } from './state';
import type { SessionState } from './state';

export type CriterionId =
  | 'clarify.asked_or_assumed'
  | 'plan.approach'
  | 'plan.time_complexity'
  | 'plan.space_complexity'
  | 'code.ran'
  | 'test.custom_test_run';

export interface CriterionStatus {
  id: CriterionId;
  label: string;
  met: boolean;
}

export interface PhaseCriteria {
  phase: Phase;
  criteria: CriterionStatus[];
}

interface CriterionRule {
  id: CriterionId;
  phase: Phase;
  label: string;
  met(state: SessionState): boolean;
}

const filled = (text: string | undefined): boolean => text !== undefined && text.trim().length > 0;

const RULES: readonly CriterionRule[] = [
  {
    id: 'clarify.asked_or_assumed',
    phase: 'clarify',
    label: 'Ask at least one question, or choose "No questions" and state an assumption',
    met: (s) => s.questions.some(isProblemQuestion) || (s.noQuestions && s.assumptions.length > 0),
  },
  { id: 'plan.approach', phase: 'plan', label: 'Write your approach', met: (s) => filled(s.plan?.approach) },
  { id: 'plan.time_complexity', phase: 'plan', label: 'State the time complexity', met: (s) => filled(s.plan?.timeComplexity) },
  { id: 'plan.space_complexity', phase: 'plan', label: 'State the space complexity', met: (s) => filled(s.plan?.spaceComplexity) },
  { id: 'code.ran', phase: 'code', label: 'Run your solution at least once', met: (s) => s.runs.length > 0 },
  {
    id: 'test.custom_test_run',
    phase: 'test',
    label: 'Run at least one test of your own before submitting',
    met: (s) => s.customTestRuns > 0,
  },
];

export function criteriaFor(state: SessionState, phase: Phase): CriterionStatus[] {
  return RULES.filter((r) => r.phase === phase).map((r) => ({ id: r.id, label: r.label, met: r.met(state) }));
}

/** Every phase with its criteria, in order, for the UI's stepper. */
export function allCriteria(state: SessionState): PhaseCriteria[] {
  return PHASES.map((phase) => ({ phase, criteria: criteriaFor(state, phase) }));
}

