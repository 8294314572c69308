/**
 * Loads problem folders from disk into `Problem`s, or explains precisely why one cannot be loaded.
 * Loading only reads and checks shapes; running the reference against the tests is the validator's job
 * (src/cli/validateProblem.ts), because that needs the sandbox.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkComplexityClasses } from './complexityClass';
import { checkProblemMeta } from './schema';
import type {
  BrokenProblem,
  FunctionEntry,
  EfficiencyTier,
  GeneratedTest,
  HiddenTest,
  LiteralTest,
  Problem,
  ProblemIssue,
  ProblemMeta,
  ProblemTests,
} from './types';

export type Origin = Problem['origin'];

export type LoadResult = { ok: true; problem: Problem } | { ok: false; broken: BrokenProblem };

export interface ProblemBank {
  problems: Problem[];
  broken: BrokenProblem[];
}

const REQUIRED_FILES = ['problem.json', 'statement.md', 'starter.js', 'starter.ts', 'solution.js', 'tests.json', 'generator.js'];

class IssueList {
  readonly items: ProblemIssue[] = [];
  add(file: string, field: string, reason: string): void {
    this.items.push({ file, field, reason });
  }
}

async function readText(dir: string, file: string, issues: IssueList): Promise<string | undefined> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    issues.add(file, '(file)', code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`);
    return undefined;
  }
}

/** Like readText, but a missing file is no issue. */
async function readOptionalText(dir: string, file: string, issues: IssueList): Promise<string | undefined> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') issues.add(file, '(file)', `cannot be read (${code ?? String(error)})`);
    return undefined;
  }
}

function parseJson(text: string, file: string, issues: IssueList): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    issues.add(file, '(file)', `invalid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The number of arguments a test must carry: a design test is always [operations, arguments]. */
function arity(meta: ProblemMeta): number {
  return meta.entry.kind === 'design' ? 2 : meta.entry.params.length;
}

function checkLiteral(test: Record<string, unknown>, field: string, meta: ProblemMeta, issues: IssueList): boolean {
  let ok = true;
  if (!Array.isArray(test.args)) {
    issues.add('tests.json', `${field}.args`, 'must be an array of arguments');
    ok = false;
  } else if (test.args.length !== arity(meta)) {
    issues.add('tests.json', `${field}.args`, `has ${test.args.length} arguments, the entry point takes ${arity(meta)}`);
    ok = false;
  }
  if (!('expected' in test)) {
    issues.add('tests.json', `${field}.expected`, 'is missing');
    ok = false;
  }
  return ok;
}

function checkTests(raw: unknown, meta: ProblemMeta, issues: IssueList): ProblemTests | undefined {
  if (!isRecord(raw)) {
    issues.add('tests.json', '(root)', 'must be an object with "visible" and "hidden" arrays');
    return undefined;
  }
  const before = issues.items.length;
  const visible: LiteralTest[] = [];
  const hidden: HiddenTest[] = [];
  for (const key of ['visible', 'hidden'] as const) {
    const list = raw[key];
    if (!Array.isArray(list)) {
      issues.add('tests.json', key, 'must be an array');
      continue;
    }
    list.forEach((test: unknown, index) => {
      const field = `${key}[${index}]`;
      if (!isRecord(test)) {
        issues.add('tests.json', field, 'must be an object');
        return;
      }
      if (typeof test.label !== 'string' || test.label.trim() === '') {
        issues.add('tests.json', `${field}.label`, 'must be a non-empty string saying what the test probes');
      }
      if ('generate' in test) {
        const gen = test.generate;
        if (key === 'visible') {
          issues.add('tests.json', `${field}.generate`, 'visible tests must be literal (they are shown to the candidate)');
        } else if (!isGeneratorInput(gen)) {
          issues.add('tests.json', `${field}.generate`, GENERATOR_INPUT_SHAPE);
        } else {
          hidden.push(test as unknown as HiddenTest);
        }
        return;
      }
      if (checkLiteral(test, field, meta, issues)) {
        (key === 'visible' ? visible : hidden).push(test as unknown as LiteralTest);
      }
    });
  }
  if (Array.isArray(raw.visible) && raw.visible.length === 0) issues.add('tests.json', 'visible', 'needs at least one example');
  const efficiency = 'efficiency' in raw ? checkEfficiencyTier(raw.efficiency, issues) : undefined;
  return issues.items.length === before ? { visible, hidden, ...(efficiency ? { efficiency } : {}) } : undefined;
}

const GENERATOR_INPUT_SHAPE = 'must be { "size": non-negative integer, "seed": integer, "shape"?: non-empty string }';

function isGeneratorInput(gen: unknown): boolean {
  return isRecord(gen) && Number.isInteger(gen.size) && (gen.size as number) >= 0 && Number.isInteger(gen.seed)
    && (gen.shape === undefined || (typeof gen.shape === 'string' && gen.shape.trim() !== ''));
}

/** tests.json's optional `efficiency`: `{ "timeLimitMs": positive integer, "tests": [{label, generate: {size, seed}}, …] }`. */
function checkEfficiencyTier(raw: unknown, issues: IssueList): EfficiencyTier | undefined {
  if (!isRecord(raw)) {
    issues.add('tests.json', 'efficiency', 'must be { "timeLimitMs": positive integer, "tests": [generated tests] }');
    return undefined;
  }
  const before = issues.items.length;
  if (!Number.isInteger(raw.timeLimitMs) || (raw.timeLimitMs as number) <= 0) issues.add('tests.json', 'efficiency.timeLimitMs', 'must be a positive integer (milliseconds)');
  if (!Array.isArray(raw.tests) || raw.tests.length === 0) {
    issues.add('tests.json', 'efficiency.tests', 'must be a non-empty array of generated tests');
    return undefined;
  }
  raw.tests.forEach((test: unknown, index) => {
    const field = `efficiency.tests[${index}]`;
    if (!isRecord(test) || typeof test.label !== 'string' || test.label.trim() === '') {
      issues.add('tests.json', `${field}.label`, 'must be a non-empty string saying what the test probes');
      return;
    }
    const gen = test.generate;
    // Literal inputs beyond the constraints would be megabytes of JSON: the tier is generated only.
    if (!isGeneratorInput(gen)) issues.add('tests.json', `${field}.generate`, GENERATOR_INPUT_SHAPE);
  });
  return issues.items.length === before ? { timeLimitMs: raw.timeLimitMs as number, tests: raw.tests as GeneratedTest[] } : undefined;
}

function checkMetaAgainstFolder(meta: ProblemMeta, dir: string, issues: IssueList): void {
  const folder = basename(dir);
  if (meta.id !== folder) issues.add('problem.json', 'id', `is "${meta.id}" but the folder is named "${folder}"`);
  if (meta.inPlace !== undefined) {
    const params = meta.entry.kind === 'function' ? meta.entry.params : [];
    if (!params.some((p) => p.name === meta.inPlace)) {
      issues.add('problem.json', 'inPlace', `names "${meta.inPlace}", which is not a parameter of the entry point`);
    }
  }
  if (meta.entry.kind === 'function') checkReferences(meta.entry, issues);
  if (meta.compare === 'any-valid' && meta.entry.kind === 'design') {
    issues.add('problem.json', 'compare', 'any-valid is not supported for design problems');
  }
  if (meta.complexityClasses !== undefined) {
    const problem = checkComplexityClasses(meta.complexityClasses);
    if (problem !== null) issues.add('problem.json', `complexityClasses[${problem.index}]`, problem.reason);
  }
}

/** A parameter or answer that points into another parameter must name one of the right type. */
function checkReferences(entry: FunctionEntry, issues: IssueList): void {
  const typeOf = (name: string): string | undefined => entry.params.find((p) => p.name === name)?.type.replace(/\s*\|\s*null\b/g, '');
  entry.params.forEach((param, i) => {
    if (param.nodeOf !== undefined && typeOf(param.nodeOf) !== 'TreeNode') {
      issues.add('problem.json', `entry.params[${i}].nodeOf`, `names "${param.nodeOf}", which is not a TreeNode parameter`);
    }
    if (param.tailOf !== undefined && typeOf(param.tailOf) !== 'ListNode') {
      issues.add('problem.json', `entry.params[${i}].tailOf`, `names "${param.tailOf}", which is not a ListNode parameter`);
    }
  });
  if (entry.returnsNodeOf !== undefined && typeOf(entry.returnsNodeOf) !== 'TreeNode') {
    issues.add('problem.json', 'entry.returnsNodeOf', `names "${entry.returnsNodeOf}", which is not a TreeNode parameter`);
  }
  if (entry.decoder !== undefined && entry.decoder === entry.name) {
    issues.add('problem.json', 'entry.decoder', 'must differ from entry.name: the encoder and the decoder are two functions');
  }
}

/** Loads one problem folder. Never throws: every failure becomes an issue naming file, field and reason. */
export async function loadProblem(dir: string, origin: Origin): Promise<LoadResult> {
  const issues = new IssueList();
  const broken = (): LoadResult => ({ ok: false, broken: { dir, id: basename(dir), origin, issues: issues.items } });

  // Read together: on an extension host busy activating other extensions, every await waits its turn,
  // and one at a time a problem took seconds to load when a reload reopened its interview.
  const read = await Promise.all(REQUIRED_FILES.map(async (file) => {
    const own = new IssueList();
    return { file, own, text: await readText(dir, file, own) };
  }));
  const texts = new Map<string, string>();
  for (const { file, own, text } of read) {
    issues.items.push(...own.items);
    if (text !== undefined) texts.set(file, text);
  }
  const metaText = texts.get('problem.json');
  if (metaText === undefined) return broken();
  const rawMeta = parseJson(metaText, 'problem.json', issues);
  if (rawMeta === undefined) return broken();
  const metaIssues = checkProblemMeta(rawMeta);
  for (const issue of metaIssues) issues.add('problem.json', issue.field, issue.reason);
  if (metaIssues.length > 0) return broken();
  const meta = rawMeta as ProblemMeta;
  checkMetaAgainstFolder(meta, dir, issues);

  const testsText = texts.get('tests.json');
  const rawTests = testsText === undefined ? undefined : parseJson(testsText, 'tests.json', issues);
  const tests = rawTests === undefined ? undefined : checkTests(rawTests, meta, issues);

  let checker: string | undefined;
  if (meta.compare === 'any-valid') checker = await readText(dir, 'checker.js', issues);

  // Optional at load time: a user folder without constraints still works, only unvalidated.
  const validator = await readOptionalText(dir, 'validator.js', issues);
  const pythonStarter = await readOptionalText(dir, 'starter.py', issues);
  const mutantSources = await Promise.all(meta.mutants.map((info) => readFile(join(dir, 'mutants', info.file), 'utf8').catch(() => undefined)));
  const mutants: Problem['mutants'] = [];
  for (const [index, info] of meta.mutants.entries()) {
    const source = mutantSources[index];
    if (source !== undefined) mutants.push({ info, source });
    else issues.add('problem.json', `mutants[${index}].file`, `mutants/${info.file} is missing or unreadable`);
  }

  if (issues.items.length > 0 || !tests) return broken();
  const text = (file: string): string => texts.get(file) ?? '';
  const problem: Problem = {
    meta,
    dir,
    origin,
    statement: text('statement.md'),
    starters: { javascript: text('starter.js'), typescript: text('starter.ts'), ...(pythonStarter === undefined ? {} : { python: pythonStarter }) },
    reference: text('solution.js'),
    tests,
    generator: text('generator.js'),
    mutants,
    ...(checker === undefined ? {} : { checker }),
    ...(validator === undefined ? {} : { validator }),
  };
  return { ok: true, problem };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A root is either one problem folder (it has problem.json) or a folder of problem folders. */
export async function problemFoldersIn(root: string): Promise<string[]> {
  try {
    await stat(join(root, 'problem.json'));
    return [root];
  } catch {
    // Not a problem folder itself: look one level down.
  }
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(root, e.name))
    .sort();
}

/**
 * Loads every problem under the given roots. A broken folder is reported and skipped; the rest loads.
 * When two folders share an id, the first root wins (the bundled bank is passed first) and the
 * later one is reported, so a user folder can never silently replace a bundled problem.
 */
/**
 * Problems loaded at once. All 55 together queued some 500 file reads whose completions the event
 * loop then ran in one go, a 100–500 ms stall of the extension host; a few at a time keep each turn short.
 */
const BANK_LOAD_LANES = 6;

/** `work` on every item, at most `lanes` at a time, results in the items' order. */
async function inLanes<T, R>(items: readonly T[], lanes: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
    }),
  );
  return results;
}

export async function loadProblemBank(roots: { path: string; origin: Origin }[]): Promise<ProblemBank> {
  const bank: ProblemBank = { problems: [], broken: [] };
  const seen = new Map<string, string>();
  for (const root of roots) {
    if (!(await isDirectory(root.path))) {
      bank.broken.push({
        dir: root.path,
        id: basename(root.path),
        origin: root.origin,
        issues: [{ file: root.path, field: '(folder)', reason: 'does not exist or is not a folder' }],
      });
      continue;
    }
    const folders = await problemFoldersIn(root.path);
    const results = await inLanes(folders, BANK_LOAD_LANES, (dir) => loadProblem(dir, root.origin));
    for (const result of results) {
      if (!result.ok) {
        bank.broken.push(result.broken);
        continue;
      }
      const { problem } = result;
      const earlier = seen.get(problem.meta.id);
      if (earlier !== undefined) {
        bank.broken.push({
          dir: problem.dir,
          id: problem.meta.id,
          origin: problem.origin,
          issues: [{ file: 'problem.json', field: 'id', reason: `"${problem.meta.id}" is already defined by ${earlier}` }],
        });
        continue;
      }
      seen.set(problem.meta.id, problem.dir);
      bank.problems.push(problem);
    }
  }
  return bank;
}
