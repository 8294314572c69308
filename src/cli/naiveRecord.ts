/**
 * A problem folder's record that naive.js was measured at five times the efficiency tier's limit
 * (`naive-record.json`), so `onsite validate` in CI does not spend five limits of CPU per problem
 * re-proving it. The record is keyed by a fingerprint of everything the measurement depended on
 * (naive.js, generator.js, the tier's tests and its limit): any change to them makes validate measure
 * again. Only a capped run (naive ≥ 5×) is recorded; a slower-than-expected naive is never vouched for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/types';

export const NAIVE_RECORD_FILE = 'naive-record.json';

export interface NaiveRecord {
  fingerprint: string;
  /** The naive run's time when it was stopped, ms (at least five tier limits). */
  naiveMs: number;
  /** The day it was measured, YYYY-MM-DD. */
  measured: string;
}

export function naiveFingerprint(problem: Problem, naiveSource: string, limitMs: number): string {
  const inputs = { naive: naiveSource, generator: problem.generator, efficiency: problem.tests.efficiency ?? null, limitMs };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/** The record, or undefined when there is none or it is malformed (then the run is measured again: it costs only time). */
export function readNaiveRecord(dir: string): NaiveRecord | undefined {
  const path = join(dir, NAIVE_RECORD_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<NaiveRecord> | null;
    if (typeof raw?.fingerprint !== 'string' || typeof raw.naiveMs !== 'number' || typeof raw.measured !== 'string') return undefined;
    return { fingerprint: raw.fingerprint, naiveMs: raw.naiveMs, measured: raw.measured };
  } catch {
    return undefined;
  }
}

/** The folder's record when it was made for exactly this naive.js, generator.js, tier and limit; else undefined. */
export function currentNaiveRecord(problem: Problem, naiveSource: string, limitMs: number): NaiveRecord | undefined {
  const record = readNaiveRecord(problem.dir);
  return record?.fingerprint === naiveFingerprint(problem, naiveSource, limitMs) ? record : undefined;
}

/** Writes the record of a capped measurement, or removes a record this measurement no longer supports. */
export function recordNaive(dir: string, record: NaiveRecord | undefined): void {
  const path = join(dir, NAIVE_RECORD_FILE);
  if (record === undefined) {
    rmSync(path, { force: true });
    return;
  }
  const about = 'naive.js measured by `onsite validate --record-naive`: stopped at five times the efficiency tier\'s limit. '
    + 'The fingerprint covers naive.js, generator.js, the tier\'s tests and its limit; a change to any of them makes validate measure again.';
  writeFileSync(path, `${JSON.stringify({ about, ...record }, null, 2)}\n`);
}
