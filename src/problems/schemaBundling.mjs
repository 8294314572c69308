// Used by scripts/build.mjs: the bundles get problem.json's validator as code ajv generated at build
// time (its standalone mode) in place of src/problems/schemaValidator.ts, so no bundle compiles the
// schema at run time and ajv's compiler stays out of them. The options match schemaValidator.ts.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const precompiledProblemSchema = {
  name: 'precompiled-problem-schema',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]problems[\\/]schemaValidator\.ts$/ }, () => {
      const schema = JSON.parse(readFileSync(join(here, '..', '..', 'schemas', 'problem.schema.json'), 'utf8'));
      const ajv = new Ajv.default({ allErrors: true, strict: false, code: { source: true, esm: true } });
      const code = standaloneCode.default(ajv, ajv.compile(schema));
      // The generated module exports `validate`; the bundles call it through the same function the sources do.
      return { contents: `${code}\nexport function problemSchemaValidator() { return validate; }\n`, loader: 'js', resolveDir: here };
    });
  },
};
