/**
 * Turns the user's file into the script the sandbox evaluates. JavaScript keeps every line where it
 * was; `export` forms become plain declarations because scripts, unlike modules, run non-strict as
 * LeetCode runs them. TypeScript is handed to the worker as it is: the worker transpiles it under the
 * watchdog (see transpile.ts), so nothing the user wrote is parsed on the host's thread.
 */
import { nodeBuiltinsMentioned } from './guest/nodeBuiltins';
import type { SandboxLibrary } from './protocol';

import type { Language } from '../vocabulary/languages';

export type { Language };

/** A script ready for a batch: `typescript` says the worker must transpile it first. */
export interface PreparedSource {
  script: string;
  fileName: string;
  typescript: boolean;
  libraries: SandboxLibrary[];
  /** Node built-in groups the source mentions (structuredClone, Intl, …; see guest/nodeBuiltins.ts). */
  builtins: string[];
}

export function fileNameFor(language: Language): string {
  return language === 'typescript' ? 'solution.ts' : language === 'python' ? 'solution.py' : 'solution.js';
}

/** Which bundled globals a source mentions; each costs time to evaluate, so only those load. */
export function librariesMentioned(source: string): SandboxLibrary[] {
  const found: SandboxLibrary[] = [];
  if (/\b(?:MinPriorityQueue|MaxPriorityQueue|PriorityQueue)\b|@datastructures-js\/priority-queue/.test(source)) found.push('priorityQueue');
  if (/\bQueue\b|@datastructures-js\/queue/.test(source)) found.push('queue');
  if (/\bDeque\b|@datastructures-js\/deque/.test(source)) found.push('deque');
  if (/(?:^|[^\w$.])_\s*[.(]/m.test(source) || /require\(\s*['"]lodash['"]\s*\)/.test(source)) found.push('lodash');
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

export function prepareSource(source: string, language: Language): PreparedSource {
  // Python runs as written, in its own sandbox (python/); LeetCode's Python names are its prelude.
  if (language === 'python') return { script: source, fileName: fileNameFor(language), typescript: false, libraries: [], builtins: [] };
  const libraries = librariesMentioned(source);
  const builtins = nodeBuiltinsMentioned(source).map((group) => group.name);
  if (language === 'typescript') return { script: source, fileName: fileNameFor(language), typescript: true, libraries, builtins };
  return { script: stripModuleSyntax(source), fileName: fileNameFor(language), typescript: false, libraries, builtins };
}
