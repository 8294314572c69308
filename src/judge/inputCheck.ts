/**
 * Constraint validation: a problem's validator.js decides whether an input is one its statement
 * allows, as a Polygon or Codeforces validator does. `onsite validate` runs it over every test of the
 * bank, and a custom test that breaks a constraint is refused when saved (LeetCode's "invalid testcase").
 */
import type { Problem } from '../problems/types';
import { VALIDATOR_KIT_SOURCE } from './guest/validatorKit';
import { problemScriptTrust, type SandboxBatch, type SandboxOutcome } from './protocol';

/**
 * What validator.js says about one input: within the constraints, outside them (naming the
 * constraint), or no answer (no validator, or the validator itself failed or ran out of time).
 */
export type InputCheck =
  | { status: 'valid' }
  | { status: 'invalid'; constraint: string }
  | { status: 'unchecked'; reason: string };

/**
 * Runs validator.js on each input in one sandbox batch. A validator that crashes, hangs or is missing
 * leaves the input unchecked: only a definite violation refuses an input.
 */
export async function checkInputs(
  runBatch: (batch: SandboxBatch) => Promise<SandboxOutcome[]>,
  problem: Problem,
  argsJsons: string[],
  timeLimitMs: number,
): Promise<InputCheck[]> {
  const validator = problem.validator;
  if (validator === undefined) return argsJsons.map(() => ({ status: 'unchecked', reason: 'the problem has no validator.js' }));
  if (argsJsons.length === 0) return [];
  const outcomes = await runBatch({
    script: validator,
    fileName: 'validator.js',
    libraries: [],
    // The kit's checks (guest/validatorKit.ts) are globals for validator.js alone, never for a solution.
    prelude: VALIDATOR_KIT_SOURCE,
    calls: argsJsons.map((argsJson) => ({ kind: 'validate', argsJson })),
    timeLimitMs,
    ...problemScriptTrust(problem),
  });
  return argsJsons.map((_, i): InputCheck => {
    const outcome = outcomes[i];
    if (outcome?.status !== 'returned') return { status: 'unchecked', reason: `validator.js failed: ${outcome?.status === 'failed' ? outcome.message : 'no result'}` };
    const verdict = JSON.parse(outcome.outputJson) as unknown;
    return verdict === true ? { status: 'valid' } : { status: 'invalid', constraint: String(verdict) };
  });
}
