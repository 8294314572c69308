/** Writes a small, valid problem folder to a temp directory, with hooks to break it in one place. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FolderOverrides {
  meta?: (meta: Record<string, unknown>) => void;
  files?: Record<string, string | null>;
}

export function validMeta(id: string): Record<string, unknown> {
  return {
    formatVersion: 1,
    id,
    title: 'Sum of a List',
    difficulty: 'easy',
    topics: ['array'],
    signature: 'function sumList(nums: number[]): number',
    entry: { kind: 'function', name: 'sumList', params: [{ name: 'nums', type: 'number[]' }], returns: 'number' },
    compare: 'exact',
    complexity: { time: 'O(n)', space: 'O(1)' },
    timeLimitMs: 1000,
    clarifications: [{ id: 'empty', question: 'Can the list be empty?', phrasings: ['empty?'], answer: 'Yes; the sum is 0.', key: true }],
    hints: ['Walk the list once.'],
    followUps: [{ question: 'What about overflow?', answer: 'Numbers are doubles; sums stay exact below 2^53.' }],
    mutants: [
      { file: 'skip-first.js', bug: 'ignores the first element', exposedBy: 'single element' },
      { file: 'empty-undefined.js', bug: 'returns undefined for an empty list', exposedBy: 'empty' },
      { file: 'off-by-one.js', bug: 'stops one element early', exposedBy: 'small random' },
    ],
  };
}

const reference = 'var sumList = function (nums) {\n  let s = 0;\n  for (const x of nums) s += x;\n  return s;\n};\n';

export function writeProblemFolder(id = 'sum-list', overrides: FolderOverrides = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'onsite-problem-'));
  const dir = join(root, id);
  mkdirSync(join(dir, 'mutants'), { recursive: true });
  const meta = validMeta(id);
  overrides.meta?.(meta);
  const hidden = [
    { label: 'empty', args: [[]], expected: 0 },
    { label: 'single element', args: [[5]], expected: 5 },
    { label: 'small random', args: [[1, 2, 3, 4]], expected: 10 },
    { label: 'worst case: n = 1000', generate: { size: 1000, seed: 7 } },
  ];
  const files: Record<string, string | null> = {
    'problem.json': JSON.stringify(meta, null, 2),
    'statement.md': '# Sum of a List\n\nReturn the sum.\n\n### Example 1\n```text\nInput: nums = [1,2]\nOutput: 3\n```\n',
    'starter.js': 'var sumList = function (nums) {\n\n};\n',
    'starter.ts': 'function sumList(nums: number[]): number {\n\n}\n',
    'solution.js': reference,
    'tests.json': JSON.stringify({ visible: [{ label: 'example 1', args: [[1, 2]], expected: 3 }], hidden }),
    'generator.js': 'function generate(size, rng) {\n  const a = [];\n  for (let i = 0; i < size; i++) a.push(Math.floor(rng() * 100));\n  return [a];\n}\n',
    'mutants/skip-first.js': 'var sumList = function (nums) { let s = 0; for (let i = 1; i < nums.length; i++) s += nums[i]; return s; };\n',
    'mutants/empty-undefined.js': 'var sumList = function (nums) { if (!nums.length) return undefined; return nums.reduce((a, b) => a + b); };\n',
    'mutants/off-by-one.js': 'var sumList = function (nums) { let s = 0; for (let i = 0; i < nums.length - 1; i++) s += nums[i]; return s; };\n',
    ...overrides.files,
  };
  for (const [file, text] of Object.entries(files)) {
    if (text !== null) writeFileSync(join(dir, file), text);
  }
  return dir;
}
