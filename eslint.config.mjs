// Type-aware linting for everything TypeScript; generated and vendored output is ignored.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'test-output/**', '**/*.js', '**/*.mjs', 'problems/**', 'test/fixtures/**', '**/*.tmp.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers (README "Architecture"): the vocabulary imports nothing; the problem format only the vocabulary;
  // core and the judge never reach each other, the editor or its UI; the webviews' browser code never
  // reaches the extension host's modules.
  layer(['src/vocabulary/**'], '^vscode$|(^|/)(ui|webview|cli|core|judge|problems)(/|$)', 'the vocabulary is plain data every layer imports: it imports no layer'),
  layer(['src/problems/**'], '^vscode$|(^|/)(ui|webview|cli|core|judge)(/|$)', 'the problem format depends on the vocabulary only; the validator lives beside the CLI'),
  layer(['src/core/**'], '^vscode$|(^|/)(ui|webview|cli|judge)(/|$)', 'core is pure logic: no editor, no UI, no judge (share words through src/vocabulary)'),
  layer(['src/judge/**'], '^vscode$|(^|/)(ui|webview|cli|core)(/|$)', 'the judge knows problems and the vocabulary, never the session engine or the editor'),
  layer(['src/webview/**'], '^vscode$|(^|/)(ui|core|cli|judge)(/|$)', 'webview code runs in the browser: it shares only protocol, problems and vocabulary types'),
);

function layer(files, forbidden, message) {
  return {
    files,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: forbidden, message }] }] },
  };
}
