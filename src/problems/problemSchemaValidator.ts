/**
 * problem.json's schema as a validating function. Run from source (tests, tsx) Ajv compiles it here;
 * the build replaces this module with the same function compiled ahead of time by Ajv's standalone
 * code generator (precompiledProblemSchema in scripts/build.mjs), so neither the extension host nor
 * `onsite judge` evaluates Ajv or compiles the schema: 100–500 ms of their main thread on this machine.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import problemSchema from '../../schemas/problem.schema.json';

/** Shared with the build, so the precompiled function reports the same errors as this one. */
export const PROBLEM_SCHEMA_AJV_OPTIONS = { allErrors: true, strict: false } as const;

/** A plain check with Ajv's errors: no type guard, so a failed check leaves the checked value's type alone. */
export type ProblemSchemaCheck = ((meta: unknown) => boolean) & Pick<ValidateFunction, 'errors'>;

export function problemSchemaValidator(): ProblemSchemaCheck {
  return new Ajv(PROBLEM_SCHEMA_AJV_OPTIONS).compile(problemSchema);
}
