/**
 * The part of highlight.js the host uses to colour statement code (src/ui/interview/statement.ts).
 * tsconfig.json's `paths` sends the bare 'highlight.js' here, because the package's own declarations
 * carry `/// <reference lib="dom" />` and would give the whole host program DOM types. Nothing imports the
 * bare name at run time (only 'highlight.js/lib/...'), so esbuild and tsx never follow the mapping.
 */
export interface HighlightResult {
  value: string;
}

export interface HighlightOptions {
  language: string;
  ignoreIllegals?: boolean;
}

/** Opaque: the host only hands language definitions from the package back to it. */
export interface LanguageDefinition {
  readonly name?: string;
}

export interface HighlightJs {
  highlight(code: string, options: HighlightOptions): HighlightResult;
  getLanguage(languageName: string): LanguageDefinition | undefined;
  registerLanguage(languageName: string, language: LanguageFn): void;
}

export type LanguageFn = (hljs: HighlightJs) => LanguageDefinition;

declare const hljs: HighlightJs;
export default hljs;
