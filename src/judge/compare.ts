/**
 * Compares a serialised answer with the expected one in the host, by the problem's compare mode.
 * Both sides are plain JSON values here; nothing the guest defined survives serialisation.
 */
import type { CompareMode } from '../problems/types';

export const FLOAT_TOLERANCE = 1e-5;

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

function deepEqual(a: unknown, b: unknown, float: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return true;
    return float && Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(b));
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

export type Comparison = { equal: true } | { equal: false; reason: string };

/** Compares for every mode but any-valid, which needs the problem's checker in the sandbox. */
export function compareAnswers(mode: Exclude<CompareMode, 'any-valid'>, actual: unknown, expected: unknown): Comparison {
  switch (mode) {
    case 'exact':
      return deepEqual(actual, expected, false) ? { equal: true } : { equal: false, reason: 'the output differs from the expected answer' };
    case 'float':
      return deepEqual(actual, expected, true)
        ? { equal: true }
        : { equal: false, reason: `the output differs from the expected answer by more than ${FLOAT_TOLERANCE}` };
    case 'unordered':
      if (!Array.isArray(actual) || !Array.isArray(expected)) return compareAnswers('exact', actual, expected);
      return sameMultiset(actual, expected)
        ? { equal: true }
        : { equal: false, reason: 'the output holds different items from the expected answer (any order is accepted)' };
    case 'unordered-deep': {
      if (!Array.isArray(actual) || !Array.isArray(expected)) return compareAnswers('exact', actual, expected);
      const inner = (items: unknown[]): unknown[] => items.map((item) => (Array.isArray(item) ? sortedCanonical(item) : item));
      return sameMultiset(inner(actual), inner(expected))
        ? { equal: true }
        : { equal: false, reason: 'the output holds different groups from the expected answer (any order is accepted, inside groups too)' };
    }
  }
}
