// The build's copy of problemSchemaValidator.ts: the same validating function, compiled now by Ajv's
// standalone code generator instead of at run time, so the bundles carry neither Ajv's compiler nor
// the first-use compile (see problemSchemaValidator.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/** Must equal PROBLEM_SCHEMA_AJV_OPTIONS in problemSchemaValidator.ts (a unit test holds them together). */
export const BUILD_AJV_OPTIONS = { allErrors: true, strict: false };

/** The standalone module's source: it exports `problemSchemaValidator()` as the source module does. */
export function precompiledProblemSchemaSource() {
  const ajvModule = require('ajv');
  const Ajv = ajvModule.default ?? ajvModule;
  const standaloneModule = require('ajv/dist/standalone');
  const standalone = standaloneModule.default ?? standaloneModule;
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'problem.schema.json'), 'utf8'));
  const ajv = new Ajv({ ...BUILD_AJV_OPTIONS, code: { source: true, esm: true } });
  return `${standalone(ajv, ajv.compile(schema))}\nexport function problemSchemaValidator() { return validate; }\n`;
}

export const precompiledProblemSchema = {
  name: 'precompiled-problem-schema',
  setup(build) {
    build.onResolve({ filter: /^\.\/problemSchemaValidator$/ }, (args) => ({ path: join(args.resolveDir, 'problemSchemaValidator.ts'), namespace: 'precompiled-problem-schema' }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled-problem-schema' }, () => ({ contents: precompiledProblemSchemaSource(), loader: 'js', resolveDir: root }));
  },
};
