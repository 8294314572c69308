/**
 * How strong a problem's hidden suite is, measured the way LeetCode-scale suites are described: how
 * many hidden tests, how many of them are small random inputs, and from how many generator shapes.
 * Small random inputs find the bugs hand-picked cases miss (a collision on a grid wider than tall,
 * an early `break`), but only when they vary in kind, not just in seed.
 */
import { isGeneratedTest, type Problem, type ProblemIssue } from './types';

/** A bundled problem's bar, from the issue on trustworthy verdicts (LeetCode suites hold 50–300). */
export const TEST_STRENGTH_BAR = { hidden: 60, smallRandom: 30, shapes: 3 } as const;

/** Generated tests labelled like this are the small random ones ("small random: sorted"). */
const SMALL_RANDOM_LABEL = /^small random\b/i;

/** The shape a generated test without one gets: whatever generator.js makes by default. */
export const DEFAULT_SHAPE = 'default';

export interface TestStrength {
  hidden: number;
  smallRandom: number;
  /** The distinct shapes among the small random tests, sorted. */
  shapes: string[];
}

export function measureTestStrength(problem: Problem): TestStrength {
  const shapes = new Set<string>();
  let smallRandom = 0;
  for (const test of problem.tests.hidden) {
    if (!isGeneratedTest(test) || !SMALL_RANDOM_LABEL.test(test.label)) continue;
    smallRandom += 1;
    shapes.add(test.generate.shape ?? DEFAULT_SHAPE);
  }
  return { hidden: problem.tests.hidden.length, smallRandom, shapes: [...shapes].sort() };
}

/** One complaint per part of the bar the suite misses, each saying what to add. */
export function testStrengthIssues(strength: TestStrength): ProblemIssue[] {
  const bar = TEST_STRENGTH_BAR;
  const issues: ProblemIssue[] = [];
  if (strength.hidden < bar.hidden) {
    issues.push({ file: 'tests.json', field: 'hidden', reason: `has ${strength.hidden} tests; at least ${bar.hidden} are required` });
  }
  if (strength.smallRandom < bar.smallRandom) {
    issues.push({
      file: 'tests.json',
      field: 'hidden',
      reason: `has ${strength.smallRandom} small random tests (generated, labelled "small random…"); at least ${bar.smallRandom} are required`,
    });
  }
  if (strength.shapes.length < bar.shapes) {
    const found = strength.shapes.length === 0 ? 'none' : strength.shapes.map((s) => `"${s}"`).join(', ');
    issues.push({
      file: 'tests.json',
      field: 'hidden',
      reason: `its small random tests come from ${strength.shapes.length} generator shape${strength.shapes.length === 1 ? '' : 's'} (${found}); at least ${bar.shapes} are required (generate.shape, e.g. "sorted", "all equal", "single row")`,
    });
  }
  return issues;
}
