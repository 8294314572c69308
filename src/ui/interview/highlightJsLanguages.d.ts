/**
 * highlight.js ships no declaration beside each language file; its own wildcard declaration lives in the
 * DOM-referencing file that tsconfig.json maps away (see highlightJs.d.ts), so the host declares it here.
 */
declare module 'highlight.js/lib/languages/*' {
  import type { LanguageFn } from 'highlight.js';
  const defineLanguage: LanguageFn;
  export default defineLanguage;
}
