/**
 * Checks problem.json against the published JSON Schema (schemas/problem.schema.json, also registered
 * with contributes.jsonValidation so authors get the same errors while typing).
 */
import type { ErrorObject } from 'ajv';
import { type ProblemSchemaCheck, problemSchemaValidator } from './problemSchemaValidator';

export interface FieldIssue {
  field: string;
  reason: string;
}

let compiled: ProblemSchemaCheck | undefined;

function validator(): ProblemSchemaCheck {
  // Made on first use so that activation never pays for it.
  compiled ??= problemSchemaValidator();
  return compiled;
}

/** "/entry/params/0/type" → "entry.params[0].type", the way people read JSON paths. */
export function readablePath(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(error: ErrorObject): FieldIssue {
  const base = readablePath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: base === '(root)' ? String(params.missingProperty) : `${base}.${String(params.missingProperty)}`, reason: 'is required' };
    case 'additionalProperties':
      return { field: base === '(root)' ? String(params.additionalProperty) : `${base}.${String(params.additionalProperty)}`, reason: 'is not a known field (check the spelling)' };
    case 'enum':
      return { field: base, reason: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { field: base, reason: `must be ${JSON.stringify(params.allowedValue)}` };
    default:
      return { field: base, reason: error.message ?? error.keyword };
  }
}

/**
 * Returns one issue per problem, most specific first. `oneOf` failures on `entry` are reduced to the
 * branch the author evidently meant (by its `kind`), so the message names the real mistake.
 */
export function checkProblemMeta(meta: unknown): FieldIssue[] {
  const validate = validator();
  if (validate(meta)) return [];
  const errors = validate.errors ?? [];
  const kind = typeof meta === 'object' && meta !== null ? (meta as { entry?: { kind?: unknown } }).entry?.kind : undefined;
  const branch = kind === 'design' ? '/oneOf/1/' : '/oneOf/0/';
  const relevant = errors.filter((e) => {
    if (!e.schemaPath.includes('/entry/')) return true;
    if (e.keyword === 'oneOf') return false;
    return kind === 'function' || kind === 'design' ? e.schemaPath.includes(branch) : true;
  });
  const seen = new Set<string>();
  return relevant.map(describe).filter((issue) => {
    const key = `${issue.field}|${issue.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
