import { strict as assert } from 'node:assert';
import { Judge } from '../../../src/judge/judge';
import { validateFolder } from '../../../src/cli/validateProblem';
import { loadProblem } from '../../../src/problems/loader';
import { formatProblemIssue } from '../../../src/problems/types';
import { testWorkerScript } from '../judge/workerBuild';
import { writeProblemFolder } from './problemFolder';

/** Twenty literal hidden tests, so the count rule stays quiet and each test isolates one fault. */
function tests(overrides: { expectedOfFirst?: number } = {}): string {
  const hidden = Array.from({ length: 20 }, (_, i) => ({ label: i === 0 ? 'empty' : i === 1 ? 'single element' : 'small random', args: [i === 0 ? [] : [i, 1]], expected: i === 0 ? 0 : i + 1 }));
  if (overrides.expectedOfFirst !== undefined && hidden[2]) hidden[2].expected = overrides.expectedOfFirst;
  return JSON.stringify({ visible: [{ label: 'example 1', args: [[1, 2]], expected: 3 }], hidden: [...hidden, { label: 'worst case', generate: { size: 50, seed: 3 } }] });
}

const SHAPES = ['ascending', 'descending', 'all equal'];

/** Makes each shape it is asked for and refuses the others, as generators of the bank do. */
const SHAPED_GENERATOR = `function generate(size, rng, shape) {
  const a = [];
  for (let i = 0; i < size; i++) a.push(Math.floor(rng() * 100));
  if (shape === undefined) return [a];
  if (shape === 'ascending') return [a.sort((x, y) => x - y)];
  if (shape === 'descending') return [a.sort((x, y) => y - x)];
  if (shape === 'all equal') return [a.map(() => a[0])];
  throw new Error('unknown shape ' + shape);
}
`;

/** The bank requires a validator; this one only bounds the size. */
const VALIDATOR = `function validate([nums]) {
  if (nums.length > 1000) return 'nums.length must be at most 1000';
  return true;
}
`;

describe('onsite validate in the sandbox', () => {
  let judge: Judge;
  before(async () => { judge = new Judge({ workerScript: await testWorkerScript() }); });
  after(async () => { await judge.dispose(); });

  async function issues(files: Record<string, string>): Promise<string[]> {
    const result = await validateFolder(writeProblemFolder('sum-list', { files: { 'tests.json': tests(), ...files } }), 'user', judge);
    return result.issues.map(formatProblemIssue);
  }

  it('passes a sound folder', async () => {
    assert.deepEqual(await issues({}), []);
  });

  it('warns about a clarification with too few phrasings for the interviewer to learn it, without failing', async () => {
    const result = await validateFolder(writeProblemFolder('sum-list', { files: { 'tests.json': tests() } }), 'user', judge);
    assert.deepEqual(result.issues, []);
    // The fixture has no validator.js either; that warning has its own test below.
    assert.deepEqual(result.warnings.map(formatProblemIssue).filter((w) => w.startsWith('problem.json')), [
      'problem.json: clarifications[0].phrasings: "empty" has 1 phrasing; give at least 10, written as candidates ask, so the interviewer recognises the question in other words',
    ]);
  });

  it('names a wrong expected output with both values', async () => {
    assert.deepEqual(await issues({ 'tests.json': tests({ expectedOfFirst: 99 }) }), [
      'tests.json: hidden[2]: "small random": expected 99 but the reference returns 3',
    ]);
  });

  it('names a failing reference on every test it fails', async () => {
    const found = await issues({ 'solution.js': 'var sumList = function (nums) { throw new Error("not written yet"); };\n' });
    assert.ok(found.length > 0);
    assert.ok(found.every((i) => /^tests\.json: (visible|hidden)\[\d+\]: ".*": the reference fails with runtime_error: /.test(i)), found.join('\n'));
  });

  it('names every test outside the constraints as file: test: constraint, generated tests included', async () => {
    const validator = 'function validate([nums]) {\n  if (nums.length > 4) throw new Error(`nums.length must be at most 4`);\n  return nums.includes(19) ? "nums must not contain 19" : true;\n}\n';
    const found = await issues({ 'validator.js': validator });
    assert.deepEqual(found, [
      'tests.json: hidden[19] "small random": nums must not contain 19',
      'tests.json: hidden[20] "worst case": nums.length must be at most 4',
    ]);
  });

  it('requires validator.js of the bundled bank and only warns about a user folder without one', async () => {
    const dir = writeProblemFolder('sum-list', { files: { 'tests.json': tests() } });
    const asUser = await validateFolder(dir, 'user', judge);
    assert.deepEqual(asUser.issues, []);
    // The fixture's thin clarification bank is warned about too; that warning has its own test above.
    assert.deepEqual(asUser.warnings.map(formatProblemIssue).filter((w) => w.startsWith('validator.js')), ['validator.js: (file): is missing, so no test is checked against the constraints']);
    const asBundled = await validateFolder(dir, 'bundled', judge);
    assert.deepEqual(asBundled.issues.map(formatProblemIssue).filter((w) => !w.startsWith('tests.json: hidden:')), ['validator.js: (file): is missing, so no test is checked against the constraints']);
  });

  it('holds the bundled bank to LeetCode-scale suites and names each part of the bar a thin one misses', async () => {
    const asBundled = await validateFolder(writeProblemFolder('sum-list', { files: { 'tests.json': tests() } }), 'bundled', judge);
    assert.deepEqual(asBundled.issues.map(formatProblemIssue).filter((w) => w.startsWith('tests.json: hidden:')), [
      'tests.json: hidden: has 21 tests; at least 60 are required',
      'tests.json: hidden: has 0 small random tests (generated, labelled "small random…"); at least 30 are required',
      'tests.json: hidden: its small random tests come from 0 generator shapes (none); at least 3 are required (generate.shape, e.g. "sorted", "all equal", "single row")',
    ]);
    const strong = JSON.stringify({
      visible: [{ label: 'example 1', args: [[1, 2]], expected: 3 }],
      hidden: [
        ...(JSON.parse(tests()) as { hidden: unknown[] }).hidden,
        ...Array.from({ length: 39 }, (_, i) => ({ label: `small random: ${SHAPES[i % 3]}`, generate: { size: 1 + (i % 6), seed: 100 + i, shape: SHAPES[i % 3] } })),
      ],
    });
    const result = await validateFolder(writeProblemFolder('sum-list', { files: { 'tests.json': strong, 'generator.js': SHAPED_GENERATOR, 'validator.js': VALIDATOR } }), 'bundled', judge);
    assert.deepEqual(result.issues.map(formatProblemIssue), []);
  });

  it('passes each generated test its shape and names a shape the generator does not know', async () => {
    const hidden = [
      ...(JSON.parse(tests()) as { hidden: unknown[] }).hidden,
      { label: 'small random: descending', generate: { size: 3, seed: 1, shape: 'descending' } },
      { label: 'small random: zigzag', generate: { size: 3, seed: 1, shape: 'zigzag' } },
    ];
    const found = await issues({ 'generator.js': SHAPED_GENERATOR, 'tests.json': JSON.stringify({ visible: [{ label: 'example 1', args: [[1, 2]], expected: 3 }], hidden }) });
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /^tests\.json: hidden\[22\]: "small random: zigzag": .*generator\.js failed for size 3, seed 1, shape "zigzag": .*unknown shape zigzag/);
  });

  it('hands generator.js the shape, so a shaped input really has that shape', async () => {
    const loaded = await loadProblem(writeProblemFolder('sum-list', { files: { 'tests.json': tests(), 'generator.js': SHAPED_GENERATOR } }), 'user');
    assert.ok(loaded.ok);
    const [descending] = JSON.parse(await judge.generateInput(loaded.problem, { size: 8, seed: 5, shape: 'descending' })) as [number[]];
    assert.deepEqual(descending, [...descending].sort((x, y) => y - x));
    const [allEqual] = JSON.parse(await judge.generateInput(loaded.problem, { size: 8, seed: 5, shape: 'all equal' })) as [number[]];
    assert.equal(new Set(allEqual).size, 1);
    assert.equal(allEqual.length, 8);
  });

  it('names a generator that never returns', async () => {
    const found = await issues({ 'generator.js': 'function generate(size, rng) { for (;;) {} }\n' });
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /^tests\.json: hidden\[20\]: "worst case": the reference fails with runtime_error: could not prepare hidden test "worst case": generator\.js failed for size 50, seed 3: /);
  });
});
