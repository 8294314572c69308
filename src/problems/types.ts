/**
 * The problem format: what a folder under problems/<id>/ holds, once loaded and validated.
 *
 * On disk (see README "Writing a problem"):
 *   problem.json      metadata, interviewer material (clarifications, hints, follow-ups) and mutant labels
 *   statement.md      the statement shown to the candidate
 *   starter.js/.ts    the signature the candidate starts from
 *   solution.js       the reference solution (runs in the sandbox, like every file here)
 *   tests.json        visible examples and hidden tests (literal or generated)
 *   generator.js      defines `generate(size, rng, shape)` returning the argument array for one input
 *   mutants/*.js      plausible buggy variants of the reference
 *   checker.js        only for compare "any-valid": defines `check(args, output)` returning true or a reason
 *   validator.js      defines `validate(args)`: true when the input is within the statement's constraints,
 *                     otherwise the violated constraint (returned, or thrown as a string or plain Error);
 *                     it may call the validator kit's checks (judge/guest/validatorKit.ts)
 */
import type { Difficulty, PhaseBudgets } from '../vocabulary/interview';

export const COMPARE_MODES = ['exact', 'unordered', 'unordered-deep', 'float', 'any-valid'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/**
 * Value types the harness knows how to build from JSON and serialise back, following LeetCode:
 * ListNode and TreeNode travel as arrays (a tree in level order with null for a missing child),
 * GraphNode as an adjacency list (Clone Graph's `_Node`), RandomListNode as `[val, random index]`
 * pairs (Copy List with Random Pointer's `_Node`).
 */
export type ValueType = string;

export interface Param {
  name: string;
  type: ValueType;
  /** A node of that parameter's tree (LCA's p and q): tests give its value, the function gets the node. */
  nodeOf?: string;
  /**
   * LeetCode's `pos`: the index that parameter's list's tail links back to (-1 for none). Tests give
   * it; the function is not passed it.
   */
  tailOf?: string;
}

export interface FunctionEntry {
  kind: 'function';
  name: string;
  params: Param[];
  returns: ValueType;
  /** The returned node must be a node of that parameter's tree; it is judged by its value. */
  returnsNodeOf?: string;
  /**
   * A codec (serialize/deserialize, encode/decode): `name` encodes the arguments into a string and
   * this function decodes it; the decoded value, of type `returns`, is the answer.
   */
  decoder?: string;
}

export interface DesignMethod {
  name: string;
  params: Param[];
  returns: ValueType;
}

/** A design problem: tests are LeetCode's two arrays, operations and their arguments. */
export interface DesignEntry {
  kind: 'design';
  className: string;
  constructorParams: Param[];
  methods: DesignMethod[];
}

export type Entry = FunctionEntry | DesignEntry;

export interface Clarification {
  /** Stable id, cited by the debrief ("duplicates", "empty-input"). */
  id: string;
  /** The question as a strong candidate would ask it. */
  question: string;
  /** Other phrasings and keywords that recognise the question. */
  phrasings: string[];
  /** The interviewer's answer. */
  answer: string;
  /** Key questions are the ones the debrief counts as missed when not asked. */
  key: boolean;
}

export interface FollowUp {
  question: string;
  answer: string;
}

export interface MutantInfo {
  /** File name under mutants/. */
  file: string;
  /** The planted bug, in words the debrief can show ("returns 0 for an empty array"). */
  bug: string;
  /** The kind of input that exposes it, matching test labels where possible ("empty"). */
  exposedBy: string;
}

export interface ProblemMeta {
  /** Format version of problem.json. */
  formatVersion: 1;
  id: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  /** The catalogue's signature line, shown verbatim. */
  signature: string;
  entry: Entry;
  compare: CompareMode;
  /** For compare "float": the statement's tolerance; absolute 1e-5 unless stated otherwise. */
  floatTolerance?: { value: number; relative?: boolean };
  /** For in-place problems: the parameter whose mutated value is judged. */
  inPlace?: string;
  /** Overrides the difficulty's default phase budgets, in minutes. */
  budgets?: Partial<PhaseBudgets>;
  complexity: { time: string; space: string; naive?: string };
  /**
   * The classes the plan pane offers for this problem, in its own variables and in growing order
   * ("O(n log k)" before "O(n log n)" where k ≤ n); the default list when absent.
   */
  complexityClasses?: string[];
  /** Per-test time limit in the sandbox, milliseconds. */
  timeLimitMs: number;
  clarifications: Clarification[];
  hints: string[];
  followUps: FollowUp[];
  mutants: MutantInfo[];
}

export interface LiteralTest {
  label: string;
  args: unknown[];
  expected: unknown;
}

/** A large input produced in the sandbox by generator.js; its expected value comes from the reference. */
export interface GeneratedTest {
  label: string;
  generate: GeneratorInput;
}

/**
 * What generator.js is asked for: a size, a seed, and optionally a shape, the kind of input the
 * generator makes ("sorted", "all equal", "single row"); a generator throws on a shape it does not know.
 */
export interface GeneratorInput {
  size: number;
  seed: number;
  shape?: string;
}

export type HiddenTest = LiteralTest | GeneratedTest;

/**
 * The efficiency tier: generated inputs beyond the statement's constraints (the "interview scale"
 * that tells O(n^2) from O(n log n)), judged only after an accepted submission and never by
 * validator.js. Its time limit is its own, in milliseconds, scaled like the per-test limit.
 */
export interface EfficiencyTier {
  timeLimitMs: number;
  tests: GeneratedTest[];
}

export interface ProblemTests {
  visible: LiteralTest[];
  hidden: HiddenTest[];
  efficiency?: EfficiencyTier;
}

export function isGeneratedTest(test: HiddenTest): test is GeneratedTest {
  return 'generate' in test;
}

/** A loaded problem: metadata plus the source text of every file the judge needs. */
export interface Problem {
  meta: ProblemMeta;
  /** Absolute folder path. */
  dir: string;
  /** Where it came from: the bundled bank or a user folder from settings. */
  origin: 'bundled' | 'user';
  statement: string;
  /** starter.py is optional for now: Python is offered only for problems that have one. */
  starters: { javascript: string; typescript: string; python?: string };
  reference: string;
  tests: ProblemTests;
  generator: string;
  checker?: string;
  /** validator.js: required for the bundled bank, optional (a warning) for user folders. */
  validator?: string;
  mutants: { info: MutantInfo; source: string }[];
}

/** One precise complaint about a problem folder: file, field and reason. */
export interface ProblemIssue {
  file: string;
  field: string;
  reason: string;
}

export function formatProblemIssue(issue: ProblemIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.reason}`;
}

/** A folder that could not be loaded, kept so the UI can show why. */
export interface BrokenProblem {
  dir: string;
  id: string;
  origin: 'bundled' | 'user';
  issues: ProblemIssue[];
}
