/**
 * Mutation operators for the mutation gate (`onsite validate --mutation`): each one makes the kind of
 * slip a candidate makes (an off-by-one bound, a flipped comparison, `break` for `continue`), applied
 * to a problem's reference so the hidden tests can be scored by how many such slips they catch.
 *
 * Pure: the caller passes TypeScript's compiler API in (it is 3.5 MB and the judge loads it lazily),
 * the source is parsed once, and each mutant is the original text with one node's span replaced, so
 * everything else in the file (comments, layout) stays byte-for-byte the reference's.
 */
import type * as TypeScript from 'typescript';

type TypeScriptApi = typeof TypeScript;

export const MUTATION_OPERATORS = [
  'boundary', // < ↔ <=, > ↔ >=
  'relational-flip', // < ↔ >, <= ↔ >=
  'equality', // === ↔ !==, == ↔ !=
  'arithmetic', // + ↔ -, * ↔ /, % → *, and their compound assignments
  'off-by-one+1', // a literal or .length bound in a comparison or an index, n → n + 1
  'off-by-one-1', // … n → n - 1
  'negate-condition', // if (c) → if (!(c)), while, do-while, for and ?: likewise
  'logical', // && ↔ ||
  'break-continue', // break ↔ continue inside a loop
  'constant-return', // return x → return 0 / false / null / [] by what the function returns
  'increment', // ++ ↔ --
] as const;
export type MutationOperator = (typeof MUTATION_OPERATORS)[number];

export interface Mutant {
  operator: MutationOperator;
  /** 1-based line and column of the mutated node in the reference. */
  line: number;
  column: number;
  /** The reference's line and the same line after the mutation, trimmed, for the report. */
  originalLine: string;
  mutatedLine: string;
  /** The whole mutated file. */
  source: string;
}

interface Site {
  operator: MutationOperator;
  start: number;
  end: number;
  replacement: string;
}

const BOUNDARY: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' };
const FLIP: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const EQUALITY: Record<string, string> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' };
const ARITHMETIC: Record<string, string> = { '+': '-', '-': '+', '*': '/', '/': '*', '%': '*', '+=': '-=', '-=': '+=', '*=': '/=', '/=': '*=', '%=': '*=' };
const LOGICAL: Record<string, string> = { '&&': '||', '||': '&&', '&&=': '||=', '||=': '&&=' };
const COMPARISONS = new Set([...Object.keys(BOUNDARY), ...Object.keys(EQUALITY)]);

function isStringy(ts: TypeScriptApi, node: TypeScript.Expression): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

function isComparison(ts: TypeScriptApi, node: TypeScript.Node): node is TypeScript.BinaryExpression {
  return ts.isBinaryExpression(node) && COMPARISONS.has(ts.tokenToString(node.operatorToken.kind) ?? '');
}

/**
 * Whether a value is used as a bound: an operand of a comparison or an index, possibly through
 * parentheses and + / - arithmetic (`i < n - 1`, `a[i - 1]`), where an off-by-one is the classic slip.
 */
function isBound(ts: TypeScriptApi, node: TypeScript.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (
    ts.isParenthesizedExpression(parent) ||
    (ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.PlusToken || parent.operatorToken.kind === ts.SyntaxKind.MinusToken))
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (isComparison(ts, parent)) return true;
  return ts.isElementAccessExpression(parent) && parent.argumentExpression === child;
}

/** The compiler's types claim every node has a parent; the source file's is undefined. */
function parentOf(node: TypeScript.Node): TypeScript.Node | undefined {
  const parent: TypeScript.Node | undefined = node.parent;
  return parent;
}

function isInsideLoop(ts: TypeScriptApi, node: TypeScript.Node): boolean {
  for (let p = parentOf(node); p !== undefined && !ts.isFunctionLike(p); p = parentOf(p)) {
    if (ts.isIterationStatement(p, false)) return true;
  }
  return false;
}

type ReturnKind = 'array' | 'number' | 'boolean' | 'other';

/** What a function returns, from its JSDoc `@return` when it has one (the bank's references do). */
function declaredReturnKind(ts: TypeScriptApi, fn: TypeScript.Node | undefined): ReturnKind | undefined {
  if (fn === undefined) return undefined;
  // `var f = function () {}` carries its JSDoc on the variable statement.
  const holders: TypeScript.Node[] = [];
  for (let n: TypeScript.Node | undefined = fn; n !== undefined && holders.length < 4; n = parentOf(n)) holders.push(n);
  for (const holder of holders) {
    for (const tag of ts.getJSDocTags(holder)) {
      if (!ts.isJSDocReturnTag(tag) || tag.typeExpression === undefined) continue;
      const text = tag.typeExpression.type.getText();
      if (/\[\]$|^Array/.test(text)) return 'array';
      if (text === 'number') return 'number';
      if (text === 'boolean') return 'boolean';
      return 'other';
    }
  }
  return undefined;
}

function expressionKind(ts: TypeScriptApi, node: TypeScript.Expression): ReturnKind {
  const e = ts.skipPartiallyEmittedExpressions(node);
  if (ts.isArrayLiteralExpression(e)) return 'array';
  if (ts.isNumericLiteral(e) || (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand))) return 'number';
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return 'boolean';
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return 'boolean';
  if (isComparison(ts, e)) return 'boolean';
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') return 'number';
  if (ts.isBinaryExpression(e) && ['-', '*', '/', '%'].includes(ts.tokenToString(e.operatorToken.kind) ?? '')) return 'number';
  return 'other';
}

function constantFor(kind: ReturnKind): string {
  switch (kind) {
    case 'array':
      return '[]';
    case 'number':
      return '0';
    case 'boolean':
      return 'false';
    case 'other':
      return 'null';
  }
}

function enclosingFunction(ts: TypeScriptApi, node: TypeScript.Node): TypeScript.Node | undefined {
  let p = parentOf(node);
  while (p !== undefined && !ts.isFunctionLike(p)) p = parentOf(p);
  return p;
}

/** Every mutation site in the file, in source order. */
function sitesOf(ts: TypeScriptApi, file: TypeScript.SourceFile): Site[] {
  const sites: Site[] = [];
  const text = file.text;
  const add = (operator: MutationOperator, node: TypeScript.Node, replacement: string): void => {
    const start = node.getStart(file);
    if (text.slice(start, node.end) !== replacement) sites.push({ operator, start, end: node.end, replacement });
  };
  const addBoundShift = (node: TypeScript.Expression): void => {
    const original = node.getText(file);
    if (ts.isNumericLiteral(node)) {
      const value = Number(node.text);
      add('off-by-one+1', node, String(value + 1));
      add('off-by-one-1', node, String(value - 1));
      return;
    }
    add('off-by-one+1', node, `(${original} + 1)`);
    add('off-by-one-1', node, `(${original} - 1)`);
  };
  const negate = (condition: TypeScript.Expression): void => {
    add('negate-condition', condition, `!(${condition.getText(file)})`);
  };

  const visit = (node: TypeScript.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const token = node.operatorToken;
      const op = ts.tokenToString(token.kind) ?? '';
      const boundary = BOUNDARY[op];
      const flip = FLIP[op];
      const equality = EQUALITY[op];
      const arithmetic = ARITHMETIC[op];
      const logical = LOGICAL[op];
      if (boundary !== undefined) add('boundary', token, boundary);
      if (flip !== undefined) add('relational-flip', token, flip);
      if (equality !== undefined) add('equality', token, equality);
      // `'#' + key` is concatenation, not arithmetic: its swap only makes NaN, which every test catches.
      const concatenation = (op === '+' || op === '+=') && (isStringy(ts, node.left) || isStringy(ts, node.right));
      if (arithmetic !== undefined && !concatenation) add('arithmetic', token, arithmetic);
      if (logical !== undefined) add('logical', token, logical);
    }
    if (ts.isNumericLiteral(node) && isBound(ts, node)) addBoundShift(node);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'length' && isBound(ts, node)) addBoundShift(node);
    if (ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) negate(node.expression);
    if (ts.isForStatement(node) && node.condition !== undefined) negate(node.condition);
    if (ts.isConditionalExpression(node)) negate(node.condition);
    if ((ts.isBreakStatement(node) || ts.isContinueStatement(node)) && isInsideLoop(ts, node)) {
      const label = node.label === undefined ? '' : ` ${node.label.text}`;
      add('break-continue', node, `${ts.isBreakStatement(node) ? 'continue' : 'break'}${label};`);
    }
    if (ts.isReturnStatement(node) && node.expression !== undefined) {
      const kind = declaredReturnKind(ts, enclosingFunction(ts, node)) ?? expressionKind(ts, node.expression);
      add('constant-return', node.expression, constantFor(kind));
    }
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const operand = node.operand.getText(file);
      const swapped = node.operator === ts.SyntaxKind.PlusPlusToken ? '--' : '++';
      add('increment', node, ts.isPrefixUnaryExpression(node) ? `${swapped}${operand}` : `${operand}${swapped}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites.sort((a, b) => a.start - b.start || MUTATION_OPERATORS.indexOf(a.operator) - MUTATION_OPERATORS.indexOf(b.operator));
}

function lineAt(text: string, position: number): { line: number; column: number; start: number; end: number } {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  const newline = text.indexOf('\n', position);
  const line = text.slice(0, start).split('\n').length;
  return { line, column: position - start + 1, start, end: newline === -1 ? text.length : newline };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `count` of `total` indices, evenly spread and always the same ones, so a capped run is repeatable. */
export function spreadIndices(total: number, count: number): number[] {
  if (total <= count) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor((i * total) / count));
}

/**
 * One mutant per site and operator, in source order, at most `cap` of them spread evenly over the
 * file (deterministically), duplicates of an earlier mutant's text dropped.
 */
export function generateMutants(ts: TypeScriptApi, source: string, options: { cap?: number; fileName?: string } = {}): Mutant[] {
  const file = ts.createSourceFile(options.fileName ?? 'solution.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const seen = new Set<string>([source]);
  const all: Mutant[] = [];
  for (const site of sitesOf(ts, file)) {
    const mutated = source.slice(0, site.start) + site.replacement + source.slice(site.end);
    if (seen.has(mutated)) continue;
    seen.add(mutated);
    const where = lineAt(source, site.start);
    // A mutated condition may span lines: show every line it touches, folded onto one.
    const originalEnd = lineAt(source, site.end).end;
    const mutatedEnd = lineAt(mutated, site.start + site.replacement.length).end;
    all.push({
      operator: site.operator,
      line: where.line,
      column: where.column,
      originalLine: oneLine(source.slice(where.start, originalEnd)),
      mutatedLine: oneLine(mutated.slice(where.start, mutatedEnd)),
      source: mutated,
    });
  }
  return spreadIndices(all.length, options.cap ?? Number.POSITIVE_INFINITY).map((i) => all[i]).filter((m): m is Mutant => m !== undefined);
}
