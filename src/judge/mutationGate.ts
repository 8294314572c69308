/**
 * The mutation gate: how many of the reference's plausible slips (src/problems/mutation.ts) the
 * problem's visible + hidden tests reject, judged by the real judge as a submission would be.
 *
 * A mutant is killed when its verdict is not accepted; one that does not compile is the compiler's
 * kill, not the tests', and is left out of the score. A survivor is then run on a few hundred small
 * random inputs from generator.js: if it still answers as the reference does it is probably
 * equivalent (no test could catch it) and also left out; otherwise it is a real gap in the suite,
 * reported with a random input that exposes it.
 *
 * The equivalence check is the slow part (hundreds of inputs per survivor), and its answer depends
 * only on its random inputs, the validator, the reference and the mutant's text: each likely-equivalent
 * mutant gets a fingerprint of those, and a run given the fingerprints of an earlier one skips the
 * check for exactly those mutants. Any change to one of the four makes the fingerprint differ and the
 * check run again, so a record can only save time, never change a result. The inputs themselves are
 * hashed rather than generator.js's text, so a generator that only gains shapes keeps its records.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../problems/types';
import { isGeneratedTest } from '../problems/types';
import { generateMutants, type Mutant } from '../problems/mutation';
import type { Judge } from './judge';
import { seededRandom } from './seededRandom';
import type { JudgeReport } from '../vocabulary/verdicts';

type TypeScriptApi = typeof import('typescript');

export interface MutantJudgement {
  mutant: Mutant;
  status: 'killed' | 'compile_error' | 'likely_equivalent' | 'survived';
  /** The verdict that killed it and the test that gave it, or for a survivor the random input that exposes it. */
  detail?: string;
  /** For a likely-equivalent mutant: what its equivalence was checked against (see equivalenceFingerprint). */
  fingerprint?: string;
  /** For a likely-equivalent mutant: true when an earlier run's record vouched for it instead of a fresh check. */
  recorded?: boolean;
}

export interface MutationReport {
  problemId: string;
  /** Mutants judged (after the cap) and how many sites the reference offered in all. */
  mutants: number;
  sites: number;
  killed: number;
  compileErrors: number;
  likelyEquivalent: MutantJudgement[];
  survivors: MutantJudgement[];
  /** killed / (killed + survivors); 1 when nothing is left to score. */
  score: number;
  seconds: number;
  /** How many extra random inputs the equivalence check had (those the validator accepts and the reference answers). */
  equivalenceInputs: number;
}

export interface MutationOptions {
  /** At most this many mutants per problem, spread evenly over the file. */
  cap?: number;
  /** Sizes and seeds of the random inputs for the equivalence check. */
  equivalenceSizes?: number[];
  equivalenceSeeds?: number;
  /** Fingerprints of mutants an earlier run found likely equivalent; their check is not repeated. */
  knownEquivalents?: ReadonlySet<string>;
}

export const DEFAULT_MUTANT_CAP = 60;
const DEFAULT_SIZES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16];
const DEFAULT_SEEDS = 30;
/** Tests whose input is at most this long run first: most mutants die there without paying for the max-size tests. */
const SMALL_INPUT_CHARS = 4000;
/** Tests in the first batch a mutant meets: most die on one of the first few, so the rest need not run. */
const FIRST_BATCH = 8;
/** One-leaf neighbours of each random input (see equivalenceTests). */
const NEIGHBOURS_PER_INPUT = 3;
/** Random inputs per judged batch, so no batch nears the submission's time budget. */
const EQUIVALENCE_CHUNK = 60;

interface KnownTest {
  id: string;
  label: string;
  source: 'visible' | 'hidden' | 'custom';
  argsJson: string;
  expected: unknown;
}

type JudgedTest = { id: string; label: string; source: KnownTest['source']; args: unknown[]; expected: unknown };

function asJudgedTest(t: KnownTest): JudgedTest {
  return { id: t.id, label: t.label, source: t.source, args: JSON.parse(t.argsJson) as unknown[], expected: t.expected };
}

/** Visible and hidden tests with their expected values (generated ones from the judge's cache). */
async function suiteTests(judge: Judge, problem: Problem): Promise<KnownTest[]> {
  const visible = problem.tests.visible.map((t, i): KnownTest => ({ id: `visible-${i + 1}`, label: t.label, source: 'visible', argsJson: JSON.stringify(t.args), expected: t.expected }));
  const hidden: KnownTest[] = [];
  for (const [i, t] of problem.tests.hidden.entries()) {
    const id = `hidden-${i + 1}`;
    if (!isGeneratedTest(t)) {
      hidden.push({ id, label: t.label, source: 'hidden', argsJson: JSON.stringify(t.args), expected: t.expected });
      continue;
    }
    const generated = await judge.generatedTest(problem, t.generate);
    hidden.push({ id, label: t.label, source: 'hidden', argsJson: generated.argsJson, expected: generated.expected });
  }
  return [...visible, ...hidden];
}

/**
 * The suite's tests with a small input, in suite order and in two batches (the first few, then the
 * rest), ready for `judge.judge`: a wrong solution usually fails one of the first few, so it is judged
 * there before the other small tests, let alone a maximum-size one, have to run.
 */
export async function smallTestBatches(judge: Judge, problem: Problem, sources: readonly KnownTest['source'][] = ['visible', 'hidden']): Promise<JudgedTest[][]> {
  const suite = await suiteTests(judge, problem);
  const small = suite.filter((t) => sources.includes(t.source) && t.argsJson.length <= SMALL_INPUT_CHARS).map(asJudgedTest);
  return [small.slice(0, FIRST_BATCH), small.slice(FIRST_BATCH)].filter((batch) => batch.length > 0);
}

function firstFailure(report: JudgeReport): string {
  const failed = report.tests.find((t) => t.verdict !== 'accepted');
  if (failed === undefined) return report.stoppedBy ?? report.verdict;
  return `${failed.verdict} on "${failed.label}"`;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  return [];
}

/** The input with one leaf changed: a number nudged by one, or one character of a string replaced by another the inputs use. */
function neighbourOf(value: unknown, alphabet: string[], random: () => number): unknown {
  const leaves: { parent: unknown[]; index: number }[] = [];
  const collect = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    node.forEach((child, index) => {
      if (typeof child === 'number' || (typeof child === 'string' && child.length > 0)) leaves.push({ parent: node, index });
      else collect(child);
    });
  };
  const copy = structuredClone(value);
  collect(copy);
  const leaf = leaves[Math.floor(random() * leaves.length)];
  if (leaf === undefined) return copy;
  const old = leaf.parent[leaf.index];
  if (typeof old === 'number') {
    leaf.parent[leaf.index] = old + (random() < 0.5 ? -1 : 1);
  } else if (typeof old === 'string' && alphabet.length > 0) {
    const at = Math.floor(random() * old.length);
    leaf.parent[leaf.index] = old.slice(0, at) + (alphabet[Math.floor(random() * alphabet.length)] ?? '') + old.slice(at + 1);
  }
  return copy;
}

/** Candidate inputs of the equivalence check, argument JSON → label, in a fixed order. */
type EquivalenceCandidates = Map<string, string>;

/** Small random inputs for the equivalence check: generated with several seeds per size, plus one-leaf neighbours. */
async function equivalenceCandidates(judge: Judge, problem: Problem, sizes: number[], seeds: number): Promise<EquivalenceCandidates> {
  const inputs: EquivalenceCandidates = new Map();
  for (const size of sizes) {
    for (let seed = 1; seed <= seeds; seed++) {
      try {
        const argsJson = await judge.generateInput(problem, { size, seed: 1_000_003 * size + seed });
        if (!inputs.has(argsJson)) inputs.set(argsJson, `random size ${size} seed ${seed}`);
      } catch {
        // A generator that cannot build this size simply contributes no input at it.
      }
    }
  }
  // Generators at small sizes draw from few shapes (an alphabet's common letters, mirrored strings):
  // a one-leaf neighbour of each input reaches the corners they miss ("abba" → "a9ba").
  const alphabet = [...new Set([...inputs.keys()].flatMap((json) => stringsIn(JSON.parse(json) as unknown).flatMap((t) => Array.from(t))))];
  const random = seededRandom(7);
  for (const [argsJson, label] of [...inputs.entries()]) {
    for (let n = 0; n < NEIGHBOURS_PER_INPUT; n++) {
      const neighbour = JSON.stringify(neighbourOf(JSON.parse(argsJson) as unknown, alphabet, random));
      if (!inputs.has(neighbour)) inputs.set(neighbour, `${label}, one value changed`);
    }
  }
  return inputs;
}

/**
 * The candidates validator.js accepts (a mutant may differ from the reference outside the
 * constraints, where no test may go) and the reference answers, with its answers.
 */
async function equivalenceTests(judge: Judge, problem: Problem, inputs: EquivalenceCandidates): Promise<KnownTest[]> {
  const candidates = [...inputs.entries()];
  const checks = problem.validator === undefined ? undefined : await judge.validateInputs(problem, candidates.map(([argsJson]) => argsJson));
  const tests: KnownTest[] = [];
  for (const [index, [argsJson, label]] of candidates.entries()) {
    if (checks !== undefined && checks[index]?.status !== 'valid') continue;
    try {
      tests.push({ id: `random-${index + 1}`, label, source: 'custom', argsJson, expected: await judge.referenceOutput(problem, argsJson) });
    } catch {
      // The reference cannot answer it: no verdict can rest on this input.
    }
  }
  return tests;
}

/** The first random input on which the mutant's answer is not the reference's, or undefined. */
async function exposingInput(judge: Judge, problem: Problem, source: string, tests: KnownTest[]): Promise<string | undefined> {
  for (let start = 0; start < tests.length; start += EQUIVALENCE_CHUNK) {
    const chunk = tests.slice(start, start + EQUIVALENCE_CHUNK);
    const report = await judge.judge(problem, source, 'javascript', chunk.map(asJudgedTest));
    const failed = report.tests.find((t) => t.verdict !== 'accepted');
    if (failed !== undefined) {
      const input = chunk.find((t) => t.id === failed.id)?.argsJson ?? '';
      return `${failed.verdict} on ${failed.label}: ${input.length > 200 ? `${input.slice(0, 200)}…` : input}`;
    }
    if (report.verdict !== 'accepted' || report.notRun !== undefined) return `${report.verdict} (${report.stoppedBy ?? 'stopped'})`;
  }
  return undefined;
}

/**
 * What a mutant's equivalence check depends on: its random inputs before validation, the validator
 * that filters them, the reference that answers them and the mutant itself. Equal fingerprints mean
 * an equal result.
 */
function equivalenceFingerprint(candidates: EquivalenceCandidates, problem: Problem, mutant: Mutant): string {
  const hash = createHash('sha256');
  for (const part of [...candidates.keys(), problem.validator ?? '', problem.reference, mutant.source]) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** Judges one mutant: the small tests first (a few, then the rest), then, if it passes them, the real submission. */
async function judgeMutant(judge: Judge, problem: Problem, mutant: Mutant, smallBatches: JudgedTest[][]): Promise<MutantJudgement> {
  for (const batch of smallBatches) {
    const quick = await judge.judge(problem, mutant.source, 'javascript', batch);
    if (quick.verdict === 'compile_error') return { mutant, status: 'compile_error', detail: quick.tests[0]?.message ?? 'compile error' };
    if (quick.verdict !== 'accepted' || quick.notRun !== undefined) return { mutant, status: 'killed', detail: firstFailure(quick) };
  }
  const report = await judge.submit(problem, mutant.source, 'javascript');
  if (report.verdict === 'compile_error') return { mutant, status: 'compile_error', detail: report.tests[0]?.message ?? 'compile error' };
  // A submission cut off by its time budget is not accepted either (the panel shows it as not finished).
  if (report.verdict !== 'accepted' || report.notRun !== undefined) return { mutant, status: 'killed', detail: firstFailure(report) };
  return { mutant, status: 'survived' };
}

/** Runs the gate on one problem; `ts` is TypeScript's compiler API, used to parse the reference. */
export async function runMutationGate(judge: Judge, problem: Problem, ts: TypeScriptApi, options: MutationOptions = {}): Promise<MutationReport> {
  const started = performance.now();
  const all = generateMutants(ts, problem.reference);
  const mutants = generateMutants(ts, problem.reference, { cap: options.cap ?? DEFAULT_MUTANT_CAP });
  const smallBatches = await smallTestBatches(judge, problem);
  const judged: MutantJudgement[] = [];
  let candidates: EquivalenceCandidates | undefined;
  let randomTests: KnownTest[] | undefined;
  for (const mutant of mutants) {
    const judgement = await judgeMutant(judge, problem, mutant, smallBatches);
    if (judgement.status === 'survived') {
      candidates ??= await equivalenceCandidates(judge, problem, options.equivalenceSizes ?? DEFAULT_SIZES, options.equivalenceSeeds ?? DEFAULT_SEEDS);
      const fingerprint = equivalenceFingerprint(candidates, problem, mutant);
      if (options.knownEquivalents?.has(fingerprint) === true) {
        judged.push({ mutant, status: 'likely_equivalent', fingerprint, recorded: true });
        continue;
      }
      randomTests ??= await equivalenceTests(judge, problem, candidates);
      const exposed = await exposingInput(judge, problem, mutant.source, randomTests);
      judged.push(exposed === undefined ? { mutant, status: 'likely_equivalent', fingerprint } : { mutant, status: 'survived', detail: exposed });
    } else {
      judged.push(judgement);
    }
  }
  const killed = judged.filter((j) => j.status === 'killed').length;
  const survivors = judged.filter((j) => j.status === 'survived');
  return {
    problemId: problem.meta.id,
    mutants: mutants.length,
    sites: all.length,
    killed,
    compileErrors: judged.filter((j) => j.status === 'compile_error').length,
    likelyEquivalent: judged.filter((j) => j.status === 'likely_equivalent'),
    survivors,
    score: killed + survivors.length === 0 ? 1 : killed / (killed + survivors.length),
    seconds: (performance.now() - started) / 1000,
    equivalenceInputs: randomTests?.length ?? 0,
  };
}
