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
  // Layers: pure logic (core), the judge and the problem format never reach the editor or its UI;
  // the webviews' browser code never reaches the extension host's modules.
  layer(['src/core/**', 'src/judge/**', 'src/problems/**'], '^vscode$|(^|/)(ui|webview|cli)(/|$)', 'core, judge and problems stay free of the editor and its UI'),
  layer(['src/webview/**'], '^vscode$|(^|/)(ui|core|cli)(/|$)', 'webview code runs in the browser: it shares only protocol and vocabulary types'),
);

function layer(files, forbidden, message) {
  return {
    files,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: forbidden, message }] }] },
  };
}
