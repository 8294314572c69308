/**
 * The candidate's own tests, kept per problem in one JSON file each so they outlive the session that
 * wrote them: every later session of the same problem runs them too. Writes go to a temporary file that
 * is renamed over the old one, so a crash mid-write leaves the previous list intact.
 */
import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shapeOf } from '../../judge/calls';
import type { CustomTest as JudgeCustomTest } from '../../judge/judge';
import type { Param, Problem } from '../../problems/types';

export interface CustomTest {
  id: string;
  label: string;
  /** One JSON text per parameter, as the candidate typed it. */
  args: string[];
  /** JSON text of the expected value, or null to only see the output. */
  expected: string | null;
}

const SAFE_ID = /^[A-Za-z0-9_.-]{1,120}$/;

export class CustomTestStore {
  constructor(private readonly dir: string) {}

  private fileOf(problemId: string): string {
    if (!SAFE_ID.test(problemId)) throw new Error(`Unusable problem id for a file name: ${problemId}`);
    return path.join(this.dir, `${problemId}.json`);
  }

  load(problemId: string): CustomTest[] {
    let raw: string;
    try {
      raw = fs.readFileSync(this.fileOf(problemId), 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isCustomTest) : [];
    } catch {
      // A hand-edited file that no longer parses is kept aside rather than overwritten on the next save.
      fs.renameSync(this.fileOf(problemId), `${this.fileOf(problemId)}.unreadable-${Date.now()}`);
      return [];
    }
  }

  save(problemId: string, tests: readonly CustomTest[]): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const file = this.fileOf(problemId);
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(tests, null, 2));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  }
}

function isCustomTest(value: unknown): value is CustomTest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.label === 'string' &&
    Array.isArray(v.args) &&
    v.args.every((a) => typeof a === 'string') &&
    (v.expected === null || typeof v.expected === 'string')
  );
}

/**
 * The parameters a test supplies, typed as the test writes them: the function's (LCA's p as the value
 * of its node, Clone Graph's node as an adjacency list), or a design problem's two LeetCode arrays.
 */
export function testParams(problem: Problem): Param[] {
  const entry = problem.meta.entry;
  if (entry.kind === 'function') return entry.params.map(asWrittenInTests);
  return [
    { name: 'operations', type: 'string[]' },
    { name: 'arguments', type: 'any[][]' },
  ];
}

function asWrittenInTests(param: Param): Param {
  if (param.nodeOf !== undefined) return { name: param.name, type: 'number' };
  if (shapeOf(param.type) === 'graph') return { name: param.name, type: 'number[][]' };
  return param;
}

/** Whether a test gives this parameter in the language's own terms (a list as a list), so Python's annotation can label it. */
export function writtenAsDeclared(param: Param): boolean {
  return asWrittenInTests(param) === param && shapeOf(param.type) !== 'randomList';
}

function fitsType(value: unknown, type: string): boolean {
  const t = type.replace(/\s+/g, '');
  if (t.endsWith('[]')) return Array.isArray(value) && value.every((v) => fitsType(v, t.slice(0, -2)));
  switch (t) {
    case 'number':
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
    case 'character':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'ListNode':
    case 'TreeNode':
    case 'RandomListNode':
      return value === null || Array.isArray(value);
    default:
      return true;
  }
}

function parseErrorOf(error: unknown): string {
  return error instanceof Error ? error.message : l10n.t('parse error');
}

export type ArgsCheck = { ok: true; values: unknown[] } | { ok: false; reason: string };

/** Parses one JSON text per parameter and checks each against its declared type, naming the culprit. */
export function checkCustomArgs(params: readonly Param[], args: readonly string[], expected: string | null): ArgsCheck {
  if (args.length !== params.length) return { ok: false, reason: l10n.t('Expected {0} argument(s), got {1}.', params.length, args.length) };
  const values: unknown[] = [];
  for (const [i, param] of params.entries()) {
    const text = args[i]?.trim() ?? '';
    if (text === '') return { ok: false, reason: l10n.t('{0}: enter a JSON value.', param.name) };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: l10n.t('{0}: not valid JSON ({1}).', param.name, parseErrorOf(error)) };
    }
    if (!fitsType(value, param.type)) return { ok: false, reason: l10n.t('{0}: expected {1}, got {2}.', param.name, param.type, JSON.stringify(value).slice(0, 60)) };
    values.push(value);
  }
  if (expected !== null) {
    try {
      JSON.parse(expected);
    } catch (error) {
      return { ok: false, reason: l10n.t('Expected output: not valid JSON ({0}).', parseErrorOf(error)) };
    }
  }
  return { ok: true, values };
}

/** Saved tests as the judge takes them: parsed values; no expected value lets the reference decide. */
export function judgeTestsOf(saved: readonly CustomTest[]): JudgeCustomTest[] {
  return saved.map((t) => {
    const args = t.args.map((a) => JSON.parse(a) as unknown);
    return t.expected === null ? { id: t.id, label: t.label, args } : { id: t.id, label: t.label, args, expected: JSON.parse(t.expected) as unknown };
  });
}
