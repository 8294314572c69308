/**
 * The interview's words, defined once: phases, difficulties, the rubric's dimensions, where a test came
 * from, how a session ends. Plain data with no imports, so core, judge, problems, ui and the webviews'
 * browser bundles can all share it.
 */

export const PHASES = ['clarify', 'plan', 'code', 'test'] as const;
export type Phase = (typeof PHASES)[number];
/** A session's phase: one of the four, or finished. */
export type SessionPhase = Phase | 'done';
export const SESSION_PHASES = [...PHASES, 'done'] as const;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Minutes per phase. */
export type PhaseBudgets = Record<Phase, number>;

/** The rubric interviewers use, in the order the self-review and the debrief show it. */
export const DIMENSIONS = ['problem_solving', 'communication', 'code_quality', 'testing', 'time_management'] as const;
export type SelfReviewDimension = (typeof DIMENSIONS)[number];

/** Where a test came from: the statement's examples, the user's own, or the problem's hidden suite. */
export const TEST_SOURCES = ['visible', 'custom', 'hidden'] as const;
export type TestSource = (typeof TEST_SOURCES)[number];

/**
 * The statement example a visible test is ("visible-2" is Example 2: the validator proves the visible
 * tests are the statement's examples, in order); undefined for any other test. Every place that names
 * a test to the candidate (panel, debrief, judge messages, CLI) calls a visible one by this number,
 * because its label in tests.json ("small random") is the bank's note on the input, not a name the
 * candidate has seen.
 */
export function exampleNumber(test: { id: string; source: string }): number | undefined {
  const digits = test.source === 'visible' ? /^visible-(\d+)$/.exec(test.id)?.[1] : undefined;
  return digits === undefined ? undefined : Number(digits);
}

export const OUTCOMES = ['accepted', 'rejected', 'gave_up', 'expired'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How far past a second's boundary a clock of whole seconds redraws: late enough that the new second has begun. */
const CLOCK_REDRAW_SLACK_MS = 20;

/**
 * How long until a clock that shows whole seconds of `elapsedMs` should redraw. The status bar and the
 * panel both redraw just past each boundary of the phase time instead of every 1000 ms from whenever they
 * started, which left the two showing different seconds for up to a second at a time.
 */
export function msUntilNextSecond(elapsedMs: number): number {
  const intoSecond = ((elapsedMs % 1000) + 1000) % 1000;
  return 1000 - intoSecond + CLOCK_REDRAW_SLACK_MS;
}
