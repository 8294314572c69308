import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import { runValidate } from '../../../src/cli/validate';
import { readEquivalentMutants, writeEquivalentMutants } from '../../../src/cli/equivalentMutants';
import { Judge } from '../../../src/judge/judge';
import { runMutationGate } from '../../../src/judge/mutationGate';
import { loadProblem } from '../../../src/problems/loader';
import { generateMutants, spreadIndices, type MutationOperator } from '../../../src/problems/mutation';
import { testWorkerScript } from '../judge/workerBuild';

/** Every mutant of a snippet as `operator: mutated line`. */
function mutantsOf(source: string): string[] {
  return generateMutants(ts, source).map((m) => `${m.operator}: ${m.mutatedLine}`);
}

function byOperator(source: string, operator: MutationOperator): string[] {
  return generateMutants(ts, source)
    .filter((m) => m.operator === operator)
    .map((m) => m.mutatedLine);
}

describe('mutation operators', () => {
  it('swaps relational operators at the boundary and flips their direction', () => {
    const source = 'function f(a, b) { return a < b || a >= b; }';
    assert.deepEqual(byOperator(source, 'boundary'), ['function f(a, b) { return a <= b || a >= b; }', 'function f(a, b) { return a < b || a > b; }']);
    assert.deepEqual(byOperator(source, 'relational-flip'), ['function f(a, b) { return a > b || a >= b; }', 'function f(a, b) { return a < b || a <= b; }']);
  });

  it('swaps equality with inequality', () => {
    assert.deepEqual(byOperator('if (x === y && p != q) g();', 'equality'), ['if (x !== y && p != q) g();', 'if (x === y && p == q) g();']);
  });

  it('swaps arithmetic operators, compound assignments included, but not string concatenation', () => {
    assert.deepEqual(byOperator('s = a + b * c % d; t -= 1; u = "#" + k;', 'arithmetic'), [
      's = a - b * c % d; t -= 1; u = "#" + k;',
      's = a + b / c % d; t -= 1; u = "#" + k;',
      's = a + b * c * d; t -= 1; u = "#" + k;',
      's = a + b * c % d; t += 1; u = "#" + k;',
    ]);
  });

  it('shifts literal and length bounds in comparisons and indices by one, but not other literals', () => {
    const source = 'for (let i = 0; i < a.length - 1; i++) s += a[i + 1] * 2;';
    assert.deepEqual(byOperator(source, 'off-by-one+1'), [
      'for (let i = 0; i < (a.length + 1) - 1; i++) s += a[i + 1] * 2;',
      'for (let i = 0; i < a.length - 2; i++) s += a[i + 1] * 2;',
      'for (let i = 0; i < a.length - 1; i++) s += a[i + 2] * 2;',
    ]);
    assert.deepEqual(byOperator(source, 'off-by-one-1'), [
      'for (let i = 0; i < (a.length - 1) - 1; i++) s += a[i + 1] * 2;',
      'for (let i = 0; i < a.length - 0; i++) s += a[i + 1] * 2;',
      'for (let i = 0; i < a.length - 1; i++) s += a[i + 0] * 2;',
    ]);
  });

  it('negates the conditions of if, while, do-while, for and ?:', () => {
    const source = 'if (a) b(); while (c) d(); do e(); while (f); for (;g;) h(); x = y ? 1 : 2;';
    assert.deepEqual(mutantsOf(source).filter((m) => m.startsWith('negate-condition')).map((m) => m.replace('negate-condition: ', '')), [
      'if (!(a)) b(); while (c) d(); do e(); while (f); for (;g;) h(); x = y ? 1 : 2;',
      'if (a) b(); while (!(c)) d(); do e(); while (f); for (;g;) h(); x = y ? 1 : 2;',
      'if (a) b(); while (c) d(); do e(); while (!(f)); for (;g;) h(); x = y ? 1 : 2;',
      'if (a) b(); while (c) d(); do e(); while (f); for (;!(g);) h(); x = y ? 1 : 2;',
      'if (a) b(); while (c) d(); do e(); while (f); for (;g;) h(); x = !(y) ? 1 : 2;',
    ]);
  });

  it('swaps && with ||', () => {
    assert.deepEqual(byOperator('ok = a && b || c;', 'logical'), ['ok = a || b || c;', 'ok = a && b && c;']);
  });

  it('swaps break with continue inside loops only, keeping labels', () => {
    const source = 'outer: for (const x of xs) { if (x) break; if (!x) continue outer; }\nswitch (k) { case 1: break; }';
    assert.deepEqual(byOperator(source, 'break-continue'), [
      'outer: for (const x of xs) { if (x) continue; if (!x) continue outer; }',
      'outer: for (const x of xs) { if (x) break; if (!x) break outer; }',
    ]);
  });

  it('replaces returned values by a constant of the type the function returns', () => {
    const source = [
      '/** @return {number[]} */',
      'var pairs = function (a) { return a.map(twice); };',
      '/** @return {boolean} */',
      'function ok(a) { return a.size > 0; }',
      'function count(a) { return a.length; }',
      'function pick(a) { return a.head; }',
    ].join('\n');
    assert.deepEqual(byOperator(source, 'constant-return'), [
      'var pairs = function (a) { return []; };',
      'function ok(a) { return false; }',
      'function count(a) { return 0; }',
      'function pick(a) { return null; }',
    ]);
  });

  it('swaps ++ with --, prefix and postfix', () => {
    assert.deepEqual(byOperator('i++; --j;', 'increment'), ['i--; --j;', 'i++; ++j;']);
  });

  it('reports the line, column and unchanged rest of the file', () => {
    const source = '// why\nfunction f(n) {\n  return n - 1;\n}\n';
    const [mutant] = generateMutants(ts, source).filter((m) => m.operator === 'arithmetic');
    assert.ok(mutant);
    assert.equal(mutant.line, 3);
    assert.equal(mutant.column, 12);
    assert.equal(mutant.originalLine, 'return n - 1;');
    assert.equal(mutant.source, '// why\nfunction f(n) {\n  return n + 1;\n}\n');
  });

  it('caps the mutants evenly over the file, always the same ones', () => {
    assert.deepEqual(spreadIndices(10, 4), [0, 2, 5, 7]);
    assert.deepEqual(spreadIndices(3, 60), [0, 1, 2]);
    const source = readFileSync(resolve(__dirname, '../../../problems/three-sum/solution.js'), 'utf8');
    const capped = generateMutants(ts, source, { cap: 20 });
    assert.equal(capped.length, 20);
    assert.deepEqual(generateMutants(ts, source, { cap: 20 }), capped);
    assert.ok((capped.at(-1)?.line ?? 0) > (capped[0]?.line ?? 0) + 10, 'the cap spans the file, not its first lines');
  });
});

describe('onsite validate --mutation options', () => {
  it('refuses a malformed score or cap with usage and exit code 2, judging nothing', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      assert.equal(await runValidate(['--mutation', '--min-score', 'most']), 2);
      assert.equal(await runValidate(['--mutation', '--max-mutants=0']), 2);
      assert.equal(await runValidate(['--mutation', '--min-score=101']), 2);
    } finally {
      console.error = original;
    }
    assert.equal(errors.length, 3);
    assert.ok(errors.every((e) => e.includes('--min-score takes a percentage') && e.includes('onsite validate --mutation')));
  });
});

describe('mutation gate on a fixture problem', function () {
  this.timeout(240_000);
  let judge: Judge;
  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
  });
  after(async () => {
    await judge.dispose();
  });

  async function gate(dir: string): Promise<Awaited<ReturnType<typeof runMutationGate>>> {
    const loaded = await loadProblem(dir, 'user');
    assert.ok(loaded.ok, JSON.stringify(loaded));
    return runMutationGate(judge, loaded.problem, ts, { equivalenceSizes: [2, 3, 4, 6], equivalenceSeeds: 10 });
  }

  it('scores pair-sum, telling killed mutants from likely equivalent ones', async () => {
    const report = await gate(resolve(__dirname, '../../fixtures/problems/pair-sum'));
    assert.equal(report.mutants, report.sites);
    assert.equal(report.killed + report.survivors.length + report.likelyEquivalent.length + report.compileErrors, report.mutants);
    assert.ok(report.killed >= 6, `killed ${report.killed}`);
    assert.equal(report.score, report.killed / (report.killed + report.survivors.length));
    // Reading one past the end finds nothing (need is NaN) and the pair is always found first.
    assert.ok(report.likelyEquivalent.some((e) => e.mutant.operator === 'boundary' && e.mutant.mutatedLine.includes('i <= nums.length')));
  });

  it('lists the survivors of a thin suite, each with a random input that exposes it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'onsite-mutation-')), 'pair-sum');
    cpSync(resolve(__dirname, '../../fixtures/problems/pair-sum'), dir, { recursive: true });
    const example = { label: 'example', args: [[2, 7, 11, 15], 9], expected: [0, 1] };
    writeFileSync(join(dir, 'tests.json'), JSON.stringify({ visible: [example], hidden: [{ ...example, label: 'the example again' }] }));
    const report = await gate(dir);
    assert.ok(report.score < 1, `score ${report.score}`);
    // Stopping one element early still finds a pair at the front; a random pair at the end exposes it.
    const early = report.survivors.find((s) => s.mutant.operator === 'off-by-one-1' && s.mutant.mutatedLine.includes('nums.length - 1'));
    assert.ok(early, report.survivors.map((s) => s.mutant.mutatedLine).join('\n'));
    assert.match(early.detail ?? '', /^wrong_answer on random size \d+ seed \d+: \[\[/);
    assert.ok(report.equivalenceInputs > 10);
  });

  it('trusts a record of equivalent mutants only while the reference, inputs and mutant are unchanged', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'onsite-mutation-')), 'pair-sum');
    cpSync(resolve(__dirname, '../../fixtures/problems/pair-sum'), dir, { recursive: true });
    const fresh = await gate(dir);
    assert.ok(fresh.likelyEquivalent.length > 0 && fresh.likelyEquivalent.every((e) => e.recorded !== true && e.fingerprint !== undefined));
    writeEquivalentMutants(dir, fresh);
    const known = readEquivalentMutants(dir);
    assert.equal(known.fingerprints.size, fresh.likelyEquivalent.length);
    const loaded = await loadProblem(dir, 'user');
    assert.ok(loaded.ok);
    const replay = await runMutationGate(judge, loaded.problem, ts, { equivalenceSizes: [2, 3, 4, 6], equivalenceSeeds: 10, knownEquivalents: known.fingerprints });
    assert.deepEqual(replay.likelyEquivalent.map((e) => [e.mutant.line, e.mutant.operator, e.recorded]), fresh.likelyEquivalent.map((e) => [e.mutant.line, e.mutant.operator, true]));
    assert.equal(replay.equivalenceInputs, 0, 'no equivalence check ran');
    // A comment changes the reference's text, hence every mutant's: the record no longer applies.
    writeFileSync(join(dir, 'solution.js'), `// edited\n${readFileSync(join(dir, 'solution.js'), 'utf8')}`);
    const edited = await loadProblem(dir, 'user');
    assert.ok(edited.ok);
    const rechecked = await runMutationGate(judge, edited.problem, ts, { equivalenceSizes: [2, 3, 4, 6], equivalenceSeeds: 10, knownEquivalents: known.fingerprints });
    assert.ok(rechecked.likelyEquivalent.every((e) => e.recorded !== true));
    assert.ok(rechecked.equivalenceInputs > 10);
  });

  it('ignores a malformed record, saying so, and checks afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onsite-mutation-'));
    writeFileSync(join(dir, 'equivalent-mutants.json'), '{"equivalent": [{"site": "no fingerprint"}]}');
    const known = readEquivalentMutants(dir);
    assert.equal(known.fingerprints.size, 0);
    assert.match(known.problem ?? '', /equivalent-mutants\.json is ignored \(every entry needs a "fingerprint" string\); every survivor is checked afresh/);
  });
});
