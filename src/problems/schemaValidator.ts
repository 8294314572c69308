/**
 * The compiled validator for problem.json. Compiling the schema with ajv takes 0.3–1 s on a loaded
 * 2-core machine, on the path of the first picker and of reopening a panel after a reload, so the
 * bundles replace this module with the validator ajv's standalone mode generates at build time
 * (src/problems/schemaBundling.mjs, same options); the TypeScript sources and the tests compile it here.
 */
import Ajv from 'ajv';
import problemSchema from '../../schemas/problem.schema.json';

let compiled: ReturnType<Ajv['compile']> | undefined;

export function problemSchemaValidator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(problemSchema);
  return compiled;
}
