/**
 * A problem folder's record of the reference's mutants the mutation gate found likely equivalent
 * (`equivalent-mutants.json`), so CI does not repeat a check whose inputs have not changed. Each entry
 * is keyed by the fingerprint of everything the check depended on (src/judge/mutationGate.ts); the
 * readable fields are for a reviewer, who should agree that no test could tell the mutant apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationReport } from '../judge/mutationGate';

export const EQUIVALENT_MUTANTS_FILE = 'equivalent-mutants.json';

interface RecordedEquivalent {
  fingerprint: string;
  site: string;
  change: string;
}

/** The recorded fingerprints; a missing file is an empty record, a malformed one is named and ignored. */
export function readEquivalentMutants(dir: string): { fingerprints: Set<string>; problem?: string } {
  const path = join(dir, EQUIVALENT_MUTANTS_FILE);
  if (!existsSync(path)) return { fingerprints: new Set() };
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { equivalent?: unknown };
    if (!Array.isArray(raw.equivalent)) throw new Error('"equivalent" must be an array');
    const fingerprints = raw.equivalent.map((entry: unknown) => {
      const fingerprint = (entry as Partial<RecordedEquivalent> | null)?.fingerprint;
      if (typeof fingerprint !== 'string' || fingerprint === '') throw new Error('every entry needs a "fingerprint" string');
      return fingerprint;
    });
    return { fingerprints: new Set(fingerprints) };
  } catch (error) {
    // Ignoring the record costs only time: every survivor's equivalence is checked afresh.
    return { fingerprints: new Set(), problem: `${EQUIVALENT_MUTANTS_FILE} is ignored (${(error as Error).message}); every survivor is checked afresh` };
  }
}

/** Replaces the record with this run's likely-equivalent mutants. */
export function writeEquivalentMutants(dir: string, report: MutationReport): void {
  const equivalent: RecordedEquivalent[] = report.likelyEquivalent.flatMap((j) =>
    j.fingerprint === undefined ? [] : [{ fingerprint: j.fingerprint, site: `solution.js:${j.mutant.line} ${j.mutant.operator}`, change: `${j.mutant.originalLine.trim()}  →  ${j.mutant.mutatedLine.trim()}` }],
  );
  const about = 'Mutants of solution.js that `onsite validate --mutation` ran on hundreds of valid random inputs without a different answer. '
    + 'Fingerprints cover the random inputs, validator, reference and mutant; a change to any of them makes the gate check that mutant again. '
    + 'Rewrite with `onsite validate --mutation --record-equivalents`.';
  writeFileSync(join(dir, EQUIVALENT_MUTANTS_FILE), `${JSON.stringify({ about, equivalent }, null, 2)}\n`);
}
