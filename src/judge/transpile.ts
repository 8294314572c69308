/**
 * TypeScript → JavaScript for the judge, run inside the worker thread so the watchdog bounds it.
 *
 * TypeScript's own transpiler (`transpileModule`, no type-check: many accepted LeetCode solutions fail
 * a strict check) because it is the definition of what LeetCode's TypeScript accepts: namespaces,
 * enums and parameter properties included, and measured linear where sucrase backtracked
 * exponentially on nested generic calls (28 levels: 3 ms against sucrase's > 60 s at 22). Its output
 * does not keep the user's line numbers, so each generated line keeps the first original position
 * it maps to, and error positions are translated back through that table.
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { engineParityTransformer, type ParityRewrites } from './engineParity';
import type { SourcePosition } from '../vocabulary/verdicts';

type TypeScriptApi = typeof import('typescript');

/**
 * For every line of the generated script, the user's position its first mapped segment comes from,
 * as [generatedColumn, line, column] triples (0-based), so a column inside the line maps to the
 * nearest segment at or before it.
 */
export type LineMap = [number, number, number][][];

export type Transpiled =
  /** `parityHelpers`: the script calls the guest helpers of guest/parityHelpers.ts, which must load first. */
  | { ok: true; script: string; lineMap: LineMap; parityHelpers: boolean }
  | { ok: false; message: string; line?: number; column?: number };

let typescript: Promise<TypeScriptApi> | undefined;

/** Whether this thread has loaded the transpiler: until it has, a transpile may take a second or more. */
export function typeScriptLoaded(): boolean {
  return typescript !== undefined;
}

/** The transpiler is 3.5 MB of code: it loads on the first TypeScript batch, never for JavaScript. */
function loadTypeScript(): Promise<TypeScriptApi> {
  // The bundle resolves this to dist/typescript.js (see workerBundling.mjs), a file of its own.
  typescript ??= import('typescript').then((m) => (m as { default?: TypeScriptApi }).default ?? m);
  return typescript;
}

/**
 * TypeScript to JavaScript, and for either language the engine-parity pass (engineParity.ts) when `parity` is set.
 * A JavaScript file the transpiler finds fault with is left to QuickJS as it was (sloppy-mode code
 * such as legacy octals is valid JavaScript a TypeScript parser may flag).
 */
export async function transpileTypeScript(source: string, options: { javascript?: boolean; parity?: boolean } = {}): Promise<Transpiled> {
  const ts = await loadTypeScript();
  const rewrote: ParityRewrites = { spreadCalls: 0, destructurings: 0, itemHelpers: 0 };
  const result = ts.transpileModule(source, {
    fileName: options.javascript === true ? 'solution.js' : 'solution.ts',
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      sourceMap: true,
      inlineSources: false,
      removeComments: true,
      isolatedModules: true,
      allowJs: true,
    },
    ...(options.parity === true ? { transformers: { before: [engineParityTransformer(ts, source, rewrote)] } } : {}),
  });
  const error = result.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (options.javascript === true && (error !== undefined || rewrote.spreadCalls + rewrote.destructurings === 0)) {
    return { ok: true, script: source, lineMap: identityLineMap(source), parityHelpers: false };
  }
  if (error !== undefined) {
    const message = `SyntaxError: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`;
    if (error.file === undefined || error.start === undefined) return { ok: false, message };
    const where = error.file.getLineAndCharacterOfPosition(error.start);
    return { ok: false, message, line: where.line + 1, column: where.character + 1 };
  }
  const script = result.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const map = JSON.parse(result.sourceMapText ?? '{"mappings":""}') as { mappings: string };
  const lineMap: LineMap = decode(map.mappings).map((segments) =>
    segments.filter((s) => s.length >= 4).map((s) => [s[0], s[2] ?? 0, s[3] ?? 0] as [number, number, number]),
  );
  return { ok: true, script, lineMap, parityHelpers: rewrote.spreadCalls + rewrote.itemHelpers > 0 };
}

function identityLineMap(source: string): LineMap {
  return source.split('\n').map((_, line) => [[0, line, 0]]);
}

/** A 1-based position in the generated script → the 1-based position in the user's file. */
export function originalPosition(lineMap: LineMap, position: SourcePosition): SourcePosition | undefined {
  const segments = lineMap[position.line - 1];
  if (segments === undefined || segments.length === 0) return undefined;
  const column = position.column - 1;
  let best = segments[0];
  for (const segment of segments) if (segment[0] <= column) best = segment;
  if (best === undefined) return undefined;
  return { line: best[1] + 1, column: best[2] + Math.max(0, column - best[0]) + 1 };
}
