import { strict as assert } from 'node:assert';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { loadProblem, loadProblemBank } from '../../../src/problems/loader';
import { formatProblemIssue } from '../../../src/problems/types';
import { writeProblemFolder } from './problemFolder';

async function issuesOf(dir: string): Promise<string[]> {
  const result = await loadProblem(dir, 'user');
  if (result.ok) assert.fail('expected the folder to be reported as broken');
  return result.broken.issues.map(formatProblemIssue);
}

describe('problem loader', () => {
  it('loads a valid folder with every file', async () => {
    const result = await loadProblem(writeProblemFolder(), 'user');
    assert.ok(result.ok);
    assert.equal(result.problem.meta.id, 'sum-list');
    assert.equal(result.problem.tests.hidden.length, 4);
    assert.equal(result.problem.mutants.length, 3);
    assert.match(result.problem.starters.typescript, /function sumList/);
  });

  it('reads starter.py when the folder has one, and offers no Python starter otherwise', async () => {
    const without = await loadProblem(writeProblemFolder(), 'user');
    assert.ok(without.ok);
    assert.equal(without.problem.starters.python, undefined);
    const python = 'class Solution:\n    def sumList(self, nums: List[int]) -> int:\n        \n';
    const withPython = await loadProblem(writeProblemFolder('sum-list', { files: { 'starter.py': python } }), 'user');
    assert.ok(withPython.ok);
    assert.equal(withPython.problem.starters.python, python);
  });

  it('names a missing file', async () => {
    assert.deepEqual(await issuesOf(writeProblemFolder('sum-list', { files: { 'solution.js': null } })), ['solution.js: (file): file is missing']);
  });

  it('names invalid JSON with the parser message', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', { files: { 'problem.json': '{ "id": ' } }));
    assert.equal(issues.length, 1);
    assert.match(issues[0] ?? '', /^problem\.json: \(file\): invalid JSON: /);
  });

  it('names a field of the wrong type', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', { meta: (m) => { m.timeLimitMs = 'fast'; } }));
    assert.deepEqual(issues, ['problem.json: timeLimitMs: must be integer']);
  });

  it('names a wrong value deep inside the entry point', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', {
      meta: (m) => { m.entry = { kind: 'function', name: 'sumList', params: [{ name: 'nums', type: 'list<int>' }], returns: 'number' }; },
    }));
    assert.deepEqual(issues, ['problem.json: entry.params[0].type: must match pattern "^(number|boolean|string|void|ListNode|TreeNode|GraphNode|RandomListNode)(\\[\\])*$"']);
  });

  it('names a node reference, a tail link or a decoder that points at the wrong parameter', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', {
      meta: (m) => {
        m.entry = {
          kind: 'function',
          name: 'sumList',
          params: [{ name: 'nums', type: 'number[]' }, { name: 'p', type: 'TreeNode', nodeOf: 'nums' }, { name: 'pos', type: 'number', tailOf: 'root' }],
          returns: 'number',
          returnsNodeOf: 'nums',
          decoder: 'sumList',
        };
      },
    }));
    // The tests' arity is reported too (three parameters now); only the references matter here.
    assert.deepEqual(issues.filter((i) => i.startsWith('problem.json')).sort(), [
      'problem.json: entry.decoder: must differ from entry.name: the encoder and the decoder are two functions',
      'problem.json: entry.params[1].nodeOf: names "nums", which is not a TreeNode parameter',
      'problem.json: entry.params[2].tailOf: names "root", which is not a ListNode parameter',
      'problem.json: entry.returnsNodeOf: names "nums", which is not a TreeNode parameter',
    ]);
  });

  it('names a missing required field and an unknown one', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', { meta: (m) => { delete m.hints; m.hintz = []; } }));
    assert.deepEqual(issues.sort(), ['problem.json: hints: is required', 'problem.json: hintz: is not a known field (check the spelling)']);
  });

  it('names an id that does not match its folder', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', { meta: (m) => { m.id = 'other-id'; } }));
    assert.deepEqual(issues, ['problem.json: id: is "other-id" but the folder is named "sum-list"']);
  });

  it('names a missing mutant file by its place in problem.json', async () => {
    const issues = await issuesOf(writeProblemFolder('sum-list', { files: { 'mutants/off-by-one.js': null } }));
    assert.deepEqual(issues, ['problem.json: mutants[2].file: mutants/off-by-one.js is missing or unreadable']);
  });

  it('names a test with the wrong number of arguments', async () => {
    const tests = JSON.stringify({ visible: [{ label: 'ex', args: [[1], 2], expected: 1 }], hidden: [] });
    const issues = await issuesOf(writeProblemFolder('sum-list', { files: { 'tests.json': tests } }));
    assert.deepEqual(issues, ['tests.json: visible[0].args: has 2 arguments, the entry point takes 1']);
  });

  it('loads an efficiency tier and names each malformed part of one', async () => {
    const visible = [{ label: 'ex', args: [[1]], expected: 1 }];
    const good = JSON.stringify({ visible, hidden: [], efficiency: { timeLimitMs: 800, tests: [{ label: 'interview scale', generate: { size: 50000, seed: 3 } }] } });
    const loaded = await loadProblem(writeProblemFolder('sum-list', { files: { 'tests.json': good } }), 'user');
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.problem.tests.efficiency, { timeLimitMs: 800, tests: [{ label: 'interview scale', generate: { size: 50000, seed: 3 } }] });
    const bad = JSON.stringify({ visible, hidden: [], efficiency: { timeLimitMs: 0, tests: [{ label: '', generate: { size: 1, seed: 1 } }, { label: 'literal', args: [[1]] }] } });
    assert.deepEqual(await issuesOf(writeProblemFolder('sum-list', { files: { 'tests.json': bad } })), [
      'tests.json: efficiency.timeLimitMs: must be a positive integer (milliseconds)',
      'tests.json: efficiency.tests[0].label: must be a non-empty string saying what the test probes',
      'tests.json: efficiency.tests[1].generate: must be { "size": non-negative integer, "seed": integer, "shape"?: non-empty string }',
    ]);
  });

  it('loads a generated test\'s shape and names an empty one', async () => {
    const visible = [{ label: 'ex', args: [[1]], expected: 1 }];
    const shaped = { label: 'small random: sorted', generate: { size: 5, seed: 2, shape: 'sorted' } };
    const loaded = await loadProblem(writeProblemFolder('sum-list', { files: { 'tests.json': JSON.stringify({ visible, hidden: [shaped] }) } }), 'user');
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.problem.tests.hidden, [shaped]);
    const blank = JSON.stringify({ visible, hidden: [{ label: 'small random', generate: { size: 5, seed: 2, shape: ' ' } }] });
    assert.deepEqual(await issuesOf(writeProblemFolder('sum-list', { files: { 'tests.json': blank } })), [
      'tests.json: hidden[0].generate: must be { "size": non-negative integer, "seed": integer, "shape"?: non-empty string }',
    ]);
  });

  it('loads the rest of a bank when one folder is broken, and reports duplicates', async () => {
    const good = writeProblemFolder('sum-list');
    const root = mkdtempSync(join(tmpdir(), 'onsite-bank-'));
    cpSync(good, join(root, 'sum-list'), { recursive: true });
    cpSync(writeProblemFolder('sum-other', { files: { 'tests.json': 'nope' } }), join(root, 'sum-other'), { recursive: true });
    const bank = await loadProblemBank([
      { path: root, origin: 'bundled' },
      { path: dirname(good), origin: 'user' },
      { path: join(root, 'does-not-exist'), origin: 'user' },
    ]);
    assert.deepEqual(bank.problems.map((p) => p.meta.id), ['sum-list']);
    assert.deepEqual(bank.broken.map((b) => [basename(b.dir), b.issues[0]?.field]), [
      ['sum-other', '(file)'],
      ['sum-list', 'id'],
      ['does-not-exist', '(folder)'],
    ]);
  });
});
