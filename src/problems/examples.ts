/**
 * Reads the worked examples out of statement.md, so the validator can prove that what the candidate
 * reads is exactly what the visible tests check. The format (README, "Writing a problem"):
 *
 *   ### Example 1
 *   ```text
 *   Input: nums = [2,7,11,15], target = 9
 *   Output: [0,1]
 *   ```
 */
import type { ProblemMeta } from './types';

export interface StatementExample {
  index: number;
  args: unknown[];
  expected: unknown;
}

export type ExampleParse = { ok: true; example: StatementExample } | { ok: false; index: number; reason: string };

/** Parameter names as they appear on the Input line; design problems use LeetCode's two arrays. */
export function exampleParamNames(meta: ProblemMeta): string[] {
  return meta.entry.kind === 'design' ? ['operations', 'arguments'] : meta.entry.params.map((p) => p.name);
}

function parseJsonValue(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${what} is not valid JSON: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`);
  }
}

function parseInputLine(line: string, names: string[]): unknown[] {
  const args: unknown[] = [];
  let rest = line;
  names.forEach((name, i) => {
    const prefix = `${name} = `;
    if (!rest.startsWith(prefix)) throw new Error(`expected "${prefix}" at "${rest.slice(0, 30)}"`);
    rest = rest.slice(prefix.length);
    const next = names[i + 1];
    const cut = next === undefined ? rest.length : rest.indexOf(`, ${next} = `);
    if (cut < 0) throw new Error(`cannot find ", ${next ?? ''} = " after ${name}`);
    args.push(parseJsonValue(rest.slice(0, cut).trim(), `the value of ${name}`));
    rest = rest.slice(cut + 2);
  });
  return args;
}

export function parseStatementExamples(statement: string, meta: ProblemMeta): ExampleParse[] {
  const names = exampleParamNames(meta);
  const blocks = [...statement.matchAll(/```text\r?\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.map((block, i): ExampleParse => {
    const index = i + 1;
    const input = /^Input: (.*)$/m.exec(block)?.[1];
    const output = /^Output: (.*)$/m.exec(block)?.[1];
    if (input === undefined || output === undefined) return { ok: false, index, reason: 'needs an "Input: …" line and an "Output: …" line' };
    try {
      return { ok: true, example: { index, args: parseInputLine(input.trim(), names), expected: parseJsonValue(output.trim(), 'Output') } };
    } catch (error) {
      return { ok: false, index, reason: (error as Error).message };
    }
  });
}
