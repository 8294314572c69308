/**
 * Compares a serialised answer with the expected one in the host, by the problem's compare mode.
 * Both sides are plain JSON values here; nothing the guest defined survives serialisation.
 */
import type { CompareMode } from '../problems/types';
import { type Expectation, OUTPUT_PREVIEW_CHARS } from './protocol';

/** The default for 'float': an absolute 10^-5, as LeetCode's statements state it. */
export const FLOAT_TOLERANCE = 1e-5;

export interface Tolerance {
  value: number;
  /** Scaled by the expected value's magnitude (at least 1) instead of absolute. */
  relative: boolean;
}

const DEFAULT_TOLERANCE: Tolerance = { value: FLOAT_TOLERANCE, relative: false };

/** A canonical text for a JSON value, used to sort and count values in unordered modes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

function deepEqual(a: unknown, b: unknown, float: Tolerance | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return true;
    if (float === null) return false;
    return Math.abs(a - b) <= (float.relative ? float.value * Math.max(1, Math.abs(b)) : float.value);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i], float));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const ka = Object.keys(ra);
    if (ka.length !== Object.keys(rb).length) return false;
    return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k], float));
  }
  return a === b;
}

function sortedCanonical(items: unknown[]): string[] {
  return items.map(canonicalJson).sort();
}

function sameMultiset(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const x = sortedCanonical(a);
  const y = sortedCanonical(b);
  return x.every((item, i) => item === y[i]);
}

/** Inner sizes as a sorted list: a cheap necessary condition checked before anything is canonicalised. */
function innerSizes(items: unknown[]): string {
  return items.map((item) => (Array.isArray(item) ? item.length : -1)).sort((x, y) => x - y).join(',');
}

export type Comparison = { equal: true } | { equal: false; reason: string };

/** Compares for every mode but any-valid, which needs the problem's checker in the sandbox. */
export function compareAnswers(mode: Exclude<CompareMode, 'any-valid'>, actual: unknown, expected: unknown, tolerance: Tolerance = DEFAULT_TOLERANCE): Comparison {
  switch (mode) {
    case 'exact':
      return deepEqual(actual, expected, null) ? { equal: true } : { equal: false, reason: 'the output differs from the expected answer' };
    case 'float':
      return deepEqual(actual, expected, tolerance)
        ? { equal: true }
        : { equal: false, reason: `the output differs from the expected answer by more than ${tolerance.value}${tolerance.relative ? ' (relative)' : ''}` };
    case 'unordered':
      if (!Array.isArray(actual) || !Array.isArray(expected)) return compareAnswers('exact', actual, expected);
      return sameMultiset(actual, expected)
        ? { equal: true }
        : { equal: false, reason: 'the output holds different items from the expected answer (any order is accepted)' };
    case 'unordered-deep': {
      if (!Array.isArray(actual) || !Array.isArray(expected)) return compareAnswers('exact', actual, expected);
      const different = { equal: false, reason: 'the output holds different groups from the expected answer (any order is accepted, inside groups too)' } as const;
      if (actual.length !== expected.length || innerSizes(actual) !== innerSizes(expected)) return different;
      const inner = (items: unknown[]): unknown[] => items.map((item) => (Array.isArray(item) ? sortedCanonical(item) : item));
      return sameMultiset(inner(actual), inner(expected))
        ? { equal: true }
        : { equal: false, reason: 'the output holds different groups from the expected answer (any order is accepted, inside groups too)' };
    }
  }
}

/**
 * Judges an answer where it was produced (the worker), so the host receives a verdict and a preview
 * instead of parsing and comparing an answer of any size on its own thread.
 */
export function judgeAnswer(outputJson: string, expect: Expectation): { comparison: Comparison; preview: string } {
  let comparison: Comparison;
  try {
    const tolerance = expect.tolerance ?? DEFAULT_TOLERANCE;
    comparison = compareAnswers(expect.mode, JSON.parse(outputJson) as unknown, JSON.parse(expect.expectedJson) as unknown, tolerance);
  } catch {
    comparison = { equal: false, reason: 'the output is not a JSON value' };
  }
  return { comparison, preview: previewOf(outputJson) };
}

/** 1234567 → "1,234,567", as toLocaleString('en-US') writes it, without loading ICU's number formats (30+ ms on first use). */
function groupedDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** At most OUTPUT_PREVIEW_CHARS of an answer, marked when cut. */
export function previewOf(json: string): string {
  return json.length <= OUTPUT_PREVIEW_CHARS ? json : `${json.slice(0, OUTPUT_PREVIEW_CHARS)}… (${groupedDigits(json.length)} characters in all)`;
}
