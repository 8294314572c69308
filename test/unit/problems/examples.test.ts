import { strict as assert } from 'node:assert';
import { parseStatementExamples } from '../../../src/problems/examples';
import type { ProblemMeta } from '../../../src/problems/types';
import { validMeta } from './problemFolder';

const twoArgs = {
  ...validMeta('pair'),
  entry: { kind: 'function', name: 'f', params: [{ name: 'nums', type: 'number[]' }, { name: 'target', type: 'number' }], returns: 'number[]' },
} as unknown as ProblemMeta;

const design = {
  ...validMeta('stack'),
  entry: { kind: 'design', className: 'S', constructorParams: [], methods: [{ name: 'push', params: [{ name: 'x', type: 'number' }], returns: 'void' }] },
} as unknown as ProblemMeta;

const block = (input: string, output: string): string => `### Example\n\`\`\`text\nInput: ${input}\nOutput: ${output}\n\`\`\`\n`;

describe('statement examples', () => {
  it('reads every parameter by name, even when a value contains ", "', () => {
    const [first] = parseStatementExamples(block('nums = [2, 7, 11], target = 9', '[0, 1]'), twoArgs);
    assert.deepEqual(first, { ok: true, example: { index: 1, args: [[2, 7, 11], 9], expected: [0, 1] } });
  });

  it('reads design problems as operations and arguments', () => {
    const [first] = parseStatementExamples(block('operations = ["S","push"], arguments = [[],[3]]', '[null,null]'), design);
    assert.deepEqual(first, { ok: true, example: { index: 1, args: [['S', 'push'], [[], [3]]], expected: [null, null] } });
  });

  it('says which parameter is missing or malformed', () => {
    const parsed = parseStatementExamples(block('nums = [1], goal = 2', '1') + block('nums = [1, target = 2', '1') + '```text\nno lines\n```', twoArgs);
    assert.deepEqual(parsed.map((p) => (p.ok ? 'ok' : `${p.index}: ${p.reason}`)), [
      '1: cannot find ", target = " after nums',
      '2: the value of nums is not valid JSON: [1',
      '3: needs an "Input: …" line and an "Output: …" line',
    ]);
  });
});
