/**
 * The identity source map behind Debug Test: the debug script holds the solution at the same line
 * numbers (the harness shares the first line), so mapping each script line back to the solution's
 * line lets breakpoints set in the solution file bind in the script.
 */
import { pathToFileURL } from 'node:url';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One Base64 VLQ number, as the source map format encodes every field. */
export function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit] ?? '';
  } while (rest > 0);
  return out;
}

/**
 * A source map whose first solution line starts at `firstColumn` of the script's first line and whose
 * following lines map one to one; lines after the solution (the driver) map to nothing.
 */
export function identitySourceMap(solutionFile: string, firstColumn: number, solutionLines: number): string {
  const lines = [`${vlq(firstColumn)}AAA`];
  for (let i = 1; i < solutionLines; i++) lines.push('AACA');
  return JSON.stringify({ version: 3, sources: [pathToFileURL(solutionFile).toString()], names: [], mappings: lines.join(';') });
}

/**
 * The same for a transpiled TypeScript solution: each script line's segments point where the
 * transpiler says they came from (see judge/transpile.ts), the first line shifted past the harness.
 */
export function transpiledSourceMap(solutionFile: string, firstColumn: number, lineMap: readonly (readonly [number, number, number])[][]): string {
  let previousLine = 0;
  let previousColumn = 0;
  const lines = lineMap.map((segments, index) => {
    let previousGenerated = 0;
    return segments
      .map(([generated, line, column]) => {
        const shifted = index === 0 ? generated + firstColumn : generated;
        const text = vlq(shifted - previousGenerated) + 'A' + vlq(line - previousLine) + vlq(column - previousColumn);
        previousGenerated = shifted;
        previousLine = line;
        previousColumn = column;
        return text;
      })
      .join(',');
  });
  return JSON.stringify({ version: 3, sources: [pathToFileURL(solutionFile).toString()], names: [], mappings: lines.join(';') });
}
