/**
 * Big-O classes as interviews write them, in the problem's own variables: "O(n log k)", "O(V + E)",
 * "O(m·n)", "O(n·2^n)". A notation is parsed into a sum of products, so two spellings of one class
 * ("O(mn)", "O(n * m)") compare equal, and any two classes can be ordered by how they grow when every
 * variable grows together. Plain data and functions: the webview bundle uses it too.
 */

/** One product: polynomial powers, log factors, exponentials and factorials, each by variable. */
interface Term {
  powers: Map<string, number>;
  logs: Map<string, number>;
  /** Exponential factors: base → variable (2^n, 4^n, 3^L). */
  exponentials: Map<number, string[]>;
  factorials: string[];
}

export interface ComplexityClass {
  /** Canonical spelling: equal for equal classes, whatever the notation. */
  key: string;
  terms: Term[];
}

/** How a class grows when all its variables grow together: compared field by field. */
export interface GrowthOrder {
  factorials: number;
  /** log2 of the exponential bases multiplied together (2^n → 1, 4^n → 2). */
  exponential: number;
  degree: number;
  logs: number;
}

/** The classes the plan pane offers when a problem lists none of its own, in growing order. */
export const DEFAULT_COMPLEXITY_CLASSES = [
  'O(1)',
  'O(log n)',
  'O(k)',
  'O(n)',
  'O(m + n)',
  'O(V + E)',
  'O(n log k)',
  'O(n log n)',
  'O(n·k)',
  'O(m·n)',
  'O(n^2)',
  'O(n^3)',
  'O(2^n)',
  'O(n·2^n)',
  'O(4^n)',
  'O(n!)',
] as const;

type Token = { kind: 'num'; value: number } | { kind: 'var'; name: string } | { kind: 'log' } | { kind: 'bound'; name: 'min' | 'max' } | { kind: 'op'; op: string };

const SUPERSCRIPTS: Record<string, string> = { '²': '^2', '³': '^3', '⁴': '^4' };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const source = text.replace(/[²³⁴]/g, (c) => SUPERSCRIPTS[c] ?? c).replace(/[·×⋅∙]/g, '*');
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (space) i += space[0].length;
    else if (number) {
      tokens.push({ kind: 'num', value: Number(number[0]) });
      i += number[0].length;
    } else if (/^log(_?\d+)?/i.test(rest)) {
      // The base of a logarithm changes only a constant factor.
      tokens.push({ kind: 'log' });
      i += (/^log(_?\d+)?/i.exec(rest) as RegExpExecArray)[0].length;
    } else if (/^(min|max)\s*\(/i.test(rest)) {
      // "O(min(m, n))": the smaller or larger of two sizes, as space bounds are often written.
      tokens.push({ kind: 'bound', name: rest.slice(0, 3).toLowerCase() as 'min' | 'max' });
      i += 3;
    } else if (/^[a-zA-Z]/.test(rest)) {
      // A run of letters up to any "log" in it ("nlogn" is n, then log n).
      const run = (/^[a-zA-Z]+/.exec(rest) as RegExpExecArray)[0];
      const logAt = run.toLowerCase().indexOf('log');
      const letters = logAt > 0 ? run.slice(0, logAt) : run;
      if (letters.length >= 3 && /[aeiouy]/i.test(letters)) {
        // A word is one size of the problem's own: "O(n * amount)", "O(capacity)", "O(sum)".
        tokens.push({ kind: 'var', name: letters.toLowerCase() });
        i += letters.length;
      } else {
        // Otherwise single letters: "nk" is n·k, "mn" is m·n, as people write them.
        tokens.push({ kind: 'var', name: (rest[0] as string).toLowerCase() });
        i += 1;
      }
    } else if ('+*^()!,'.includes(rest[0] as string)) {
      tokens.push({ kind: 'op', op: rest[0] as string });
      i += 1;
    } else return null;
  }
  return tokens;
}

function emptyTerm(): Term {
  return { powers: new Map(), logs: new Map(), exponentials: new Map(), factorials: [] };
}

function multiply(a: Term, b: Term): Term {
  const out = emptyTerm();
  for (const source of [a, b]) {
    for (const [v, p] of source.powers) out.powers.set(v, (out.powers.get(v) ?? 0) + p);
    for (const [v, p] of source.logs) out.logs.set(v, (out.logs.get(v) ?? 0) + p);
    for (const [base, vars] of source.exponentials) out.exponentials.set(base, [...(out.exponentials.get(base) ?? []), ...vars].sort());
    out.factorials.push(...source.factorials);
  }
  out.factorials.sort();
  return out;
}

/** The main variable of an expression, for log(…) and b^(…): the highest power, first alphabetically. */
function mainVariable(terms: Term[]): string | null {
  let best: [string, number] | null = null;
  for (const term of terms) {
    for (const [v, p] of term.powers) if (best === null || p > best[1] || (p === best[1] && v < best[0])) best = [v, p];
  }
  return best?.[0] ?? null;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.op === op;
  }

  done(): boolean {
    return this.at === this.tokens.length;
  }

  sum(): Term[] | null {
    const terms: Term[] = [];
    for (;;) {
      const product = this.product();
      if (product === null) return null;
      terms.push(product);
      if (!this.isOp('+')) return terms;
      this.at += 1;
    }
  }

  private product(): Term | null {
    let term = this.factor();
    if (term === null) return null;
    for (;;) {
      if (this.isOp('*')) this.at += 1;
      else {
        const t = this.peek();
        // Juxtaposition multiplies: "n log n", "mn", "n 2^n".
        if (t === undefined || (t.kind === 'op' && t.op !== '(')) return term;
      }
      const next = this.factor();
      if (next === null) return null;
      term = multiply(term, next);
    }
  }

  private factor(): Term | null {
    const t = this.peek();
    if (t === undefined) return null;
    this.at += 1;
    if (t.kind === 'log') {
      const argument = this.isOp('(') ? this.group() : this.atomTerms();
      const v = argument === null ? null : mainVariable(argument);
      if (v === null) return null;
      const term = emptyTerm();
      term.logs.set(v, this.exponent() ?? 1);
      return term;
    }
    if (t.kind === 'num') {
      if (!this.isOp('^')) return emptyTerm();
      this.at += 1;
      const exponent = this.isOp('(') ? this.group() : this.atomTerms();
      const v = exponent === null ? null : mainVariable(exponent);
      if (v === null) return null;
      const term = emptyTerm();
      if (t.value > 1) term.exponentials.set(t.value, [v]);
      return term;
    }
    let inner: Term[] | null;
    if (t.kind === 'bound') inner = this.bound(t.name);
    else if (t.kind === 'var') inner = [this.variable(t.name)];
    else if (t.op === '(') {
      this.at -= 1;
      inner = this.group();
    } else return null;
    if (inner === null) return null;
    if (this.isOp('!')) {
      this.at += 1;
      const v = mainVariable(inner);
      if (v === null) return null;
      const term = emptyTerm();
      term.factorials.push(v);
      return term;
    }
    const power = this.exponent();
    if (inner.length !== 1) return power === null ? collapse(inner) : null;
    const [only] = inner as [Term];
    if (power === null) return only;
    const raised = emptyTerm();
    for (const [v, p] of only.powers) raised.powers.set(v, p * power);
    for (const [v, p] of only.logs) raised.logs.set(v, p * power);
    return raised.exponentials.size === 0 && only.exponentials.size === 0 && only.factorials.length === 0 ? raised : null;
  }

  private variable(name: string): Term {
    const term = emptyTerm();
    term.powers.set(name, 1);
    return term;
  }

  /**
   * min(a, b, …) or max(a, b, …) as one size of its own, named by its arguments' canonical spellings:
   * O(min(m, n)) and O(min(n, m)) are one class, different from O(n), and it grows like one variable
   * when every variable grows together.
   */
  private bound(name: 'min' | 'max'): Term[] | null {
    if (!this.isOp('(')) return null;
    this.at += 1;
    const keys: string[] = [];
    for (;;) {
      const argument = this.sum();
      if (argument === null) return null;
      keys.push(simplify(argument).map(termKey).join(' + '));
      if (this.isOp(')')) break;
      if (!this.isOp(',')) return null;
      this.at += 1;
    }
    this.at += 1;
    const distinct = [...new Set(keys)].sort();
    if (distinct.length === 1) return parseComplexity(`O(${distinct[0] as string})`)?.terms ?? null;
    return [this.variable(`${name}(${distinct.join(', ')})`)];
  }

  private exponent(): number | null {
    if (!this.isOp('^')) return null;
    const t = this.tokens[this.at + 1];
    if (t?.kind !== 'num') return null;
    this.at += 2;
    return t.value;
  }

  private atomTerms(): Term[] | null {
    const t = this.peek();
    if (t?.kind !== 'var') return null;
    this.at += 1;
    return [this.variable(t.name)];
  }

  private group(): Term[] | null {
    if (!this.isOp('(')) return null;
    this.at += 1;
    const inner = this.sum();
    if (inner === null || !this.isOp(')')) return null;
    this.at += 1;
    return inner;
  }
}

/** A parenthesised sum inside a product ("n(m + k)") stands for its fastest-growing term. */
function collapse(terms: Term[]): Term {
  return [...terms].sort((a, b) => compareGrowth(growthOf(b), growthOf(a)))[0] ?? emptyTerm();
}

function termKey(term: Term): string {
  const parts: string[] = [];
  for (const v of [...term.factorials]) parts.push(`${v}!`);
  for (const [base, vars] of [...term.exponentials].sort((a, b) => b[0] - a[0])) for (const v of vars) parts.push(`${base}^${v}`);
  for (const [v, p] of [...term.powers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) parts.push(p === 1 ? v : `${v}^${p}`);
  for (const [v, p] of [...term.logs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) parts.push(p === 1 ? `log ${v}` : `log^${p} ${v}`);
  return parts.length === 0 ? '1' : parts.join('·');
}

function growthOf(term: Term): GrowthOrder {
  let exponential = 0;
  for (const [base, vars] of term.exponentials) exponential += Math.log2(base) * vars.length;
  return {
    factorials: term.factorials.length,
    exponential,
    degree: [...term.powers.values()].reduce((a, b) => a + b, 0),
    logs: [...term.logs.values()].reduce((a, b) => a + b, 0),
  };
}

export function compareGrowth(a: GrowthOrder, b: GrowthOrder): number {
  return Math.sign(a.factorials - b.factorials || a.exponential - b.exponential || a.degree - b.degree || a.logs - b.logs);
}

function variablesOf(term: Term): Set<string> {
  return new Set([...term.powers.keys(), ...term.logs.keys(), ...term.factorials, ...[...term.exponentials.values()].flat()]);
}

/** Drops a term another one outgrows in the same variables: O(n^2 + n) is O(n^2), O(m + n) stays. */
function simplify(terms: Term[]): Term[] {
  const kept = terms.filter((term, i) => !terms.some((other, j) => {
    if (i === j) return false;
    const order = compareGrowth(growthOf(other), growthOf(term));
    const within = [...variablesOf(term)].every((v) => variablesOf(other).has(v));
    return within && (order > 0 || (order === 0 && termKey(other) === termKey(term) && j < i));
  }));
  return kept.sort((a, b) => (termKey(a) < termKey(b) ? -1 : 1));
}

/**
 * The first "O(…)" of a notation, parsed; a note after it is ignored ("O(n) for the sorted copy").
 * Null when it is not Big-O notation this understands.
 */
export function parseComplexity(notation: string): ComplexityClass | null {
  const start = /^\s*(?:about|roughly|~)?\s*[oOΘθ]\s*\(/.exec(notation);
  if (start === null) return null;
  let depth = 1;
  let end = start[0].length;
  while (end < notation.length && depth > 0) {
    if (notation[end] === '(') depth += 1;
    if (notation[end] === ')') depth -= 1;
    end += 1;
  }
  if (depth !== 0) return null;
  const tokens = tokenize(notation.slice(start[0].length, end - 1));
  if (tokens === null || tokens.length === 0) return null;
  const parser = new Parser(tokens);
  const terms = parser.sum();
  if (terms === null || !parser.done()) return null;
  const simplified = simplify(terms);
  return { key: simplified.map(termKey).join(' + '), terms: simplified };
}

export function growthOfClass(c: ComplexityClass): GrowthOrder {
  return c.terms.map(growthOf).reduce((best, g) => (compareGrowth(g, best) > 0 ? g : best), growthOf(emptyTerm()));
}

/** The coarse ladder the judge's measured growth uses: 0 constant … 7 factorial. */
export function rankOfClass(c: ComplexityClass): number {
  const g = growthOfClass(c);
  if (g.factorials > 0) return 7;
  if (g.exponential > 0) return 6;
  if (g.degree >= 3) return 5;
  if (g.degree >= 2) return 4;
  if (g.degree >= 1) return g.logs > 0 ? 3 : 2;
  return g.logs > 0 ? 1 : 0;
}

export type ClassComparison = 'matches' | 'slower' | 'faster' | 'unknown';

/**
 * `stated` against `expected`. Equal classes match; otherwise the faster-growing is slower. When both
 * grow alike with every variable equal (O(n log k) and O(n log n)), only the problem's own list can
 * tell them apart — its author orders them knowing k ≤ n — and without one they count as matching.
 */
export function compareClasses(stated: string, expected: string, problemClasses: readonly string[] = []): ClassComparison {
  const a = parseComplexity(stated);
  const b = parseComplexity(expected);
  if (a === null || b === null) return 'unknown';
  if (a.key === b.key) return 'matches';
  const order = compareGrowth(growthOfClass(a), growthOfClass(b));
  if (order !== 0) return order > 0 ? 'slower' : 'faster';
  const keys = problemClasses.map((c) => parseComplexity(c)?.key);
  const ia = keys.indexOf(a.key);
  const ib = keys.indexOf(b.key);
  if (ia < 0 || ib < 0) return 'matches';
  return ia > ib ? 'slower' : 'faster';
}

/** Problems with a list of their own: why an entry cannot be offered, or null when the list is fine. */
export function checkComplexityClasses(classes: readonly string[]): { index: number; reason: string } | null {
  const seen = new Map<string, number>();
  let previous: GrowthOrder | null = null;
  for (const [index, notation] of classes.entries()) {
    const parsed = parseComplexity(notation);
    if (parsed === null) return { index, reason: `"${notation}" is not Big-O notation Onsite can compare (e.g. "O(n log k)", "O(V + E)")` };
    const earlier = seen.get(parsed.key);
    if (earlier !== undefined) return { index, reason: `"${notation}" is the same class as entry ${earlier}` };
    seen.set(parsed.key, index);
    const growth = growthOfClass(parsed);
    if (previous !== null && compareGrowth(growth, previous) < 0) return { index, reason: `"${notation}" grows slower than the entry before it: list the classes in growing order` };
    previous = growth;
  }
  return null;
}
