/**
 * Turns the user's file into the script the sandbox evaluates, keeping every line where it was so
 * errors point at the user's own line numbers: TypeScript loses its types (sucrase, no type-check,
 * since many accepted LeetCode solutions fail a strict check), and `export` forms become plain
 * declarations because scripts, unlike modules, run non-strict as LeetCode runs them.
 */
import type { SandboxLibrary } from './protocol';

type Transform = typeof import('sucrase').transform;

let transformLoading: Promise<Transform> | undefined;

/**
 * Sucrase is a quarter of a megabyte of code: it loads on the first TypeScript solution, from its own
 * bundle (dist/sucrase.js, see scripts/build.mjs), so activation and JavaScript sessions never pay for it.
 */
function loadTransform(): Promise<Transform> {
  transformLoading ??= import('sucrase').then((m) => m.transform);
  return transformLoading;
}

export type Language = 'javascript' | 'typescript';

export type PreparedSource =
  | { ok: true; script: string; fileName: string; libraries: SandboxLibrary[] }
  | { ok: false; fileName: string; message: string; line?: number; column?: number };

export function fileNameFor(language: Language): string {
  return language === 'typescript' ? 'solution.ts' : 'solution.js';
}

/** Which bundled globals a source mentions; each costs time to evaluate, so only those load. */
export function librariesMentioned(source: string): SandboxLibrary[] {
  const found: SandboxLibrary[] = [];
  if (/\b(?:MinPriorityQueue|MaxPriorityQueue|PriorityQueue)\b/.test(source)) found.push('priorityQueue');
  if (/\bQueue\b/.test(source)) found.push('queue');
  if (/\bDeque\b/.test(source)) found.push('deque');
  if (/(?:^|[^\w$.])_\s*[.(]/m.test(source)) found.push('lodash');
  return found;
}

const LIBRARY_IMPORT = /^\s*import\s[^;\n]*from\s*['"](?:@datastructures-js\/[\w-]+|lodash)['"]\s*;?\s*$/;

/** Rewrites module syntax line by line; a line never gains or loses a newline. */
export function stripModuleSyntax(source: string): string {
  return source
    .split('\n')
    .map((line) =>
      LIBRARY_IMPORT.test(line)
        ? ''
        : line
            .replace(/^(\s*)export\s+default\s+(?=(?:async\s+)?function\b|class\b)/, '$1')
            .replace(/^(\s*)export\s+(?=(?:const|let|var|function|async|class)\b)/, '$1')
            .replace(/^(\s*)export\s+default\s+/, '$1module.exports = ')
            .replace(/^(\s*)export\s*\{[^}]*\}\s*;?\s*$/, '$1'),
    )
    .join('\n');
}

/** JavaScript needs no transpiler, so it is prepared synchronously (the reference, generators). */
export function prepareJavaScript(source: string): Extract<PreparedSource, { ok: true }> {
  return { ok: true, script: stripModuleSyntax(source), fileName: fileNameFor('javascript'), libraries: librariesMentioned(source) };
}

export async function prepareSource(source: string, language: Language): Promise<PreparedSource> {
  if (language === 'javascript') return prepareJavaScript(source);
  const fileName = fileNameFor(language);
  const transform = await loadTransform();
  let script: string;
  try {
    script = transform(source, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: false }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const loc = /\((\d+):(\d+)\)/.exec(message);
    return {
      ok: false,
      fileName,
      message: `SyntaxError: ${message}`,
      ...(loc ? { line: Number(loc[1]), column: Number(loc[2]) + 1 } : {}),
    };
  }
  return { ok: true, script: stripModuleSyntax(script), fileName, libraries: librariesMentioned(source) };
}
