/**
 * Source rewrites that make QuickJS run common LeetCode JavaScript as Node does, applied by the
 * worker's transpile pass (transpile.ts) and changing no result:
 *
 * - Spread calls: QuickJS refuses a call with more than 65,534 arguments, where Node takes
 *   `Math.max(...nums)` for the 10^5 numbers LeetCode allows: `f(...xs)` → `__onsiteSpreadCall(f, [...xs])`,
 *   `o.m(...xs)` → `__onsiteSpreadMethod(o, 'm', [...xs])` (helpers in guest/spreadCalls.ts).
 * - Array destructuring: QuickJS runs it through the iterator protocol, an object per element, where
 *   Node's JIT compiles it away. Measured in QuickJS on 10^6 iterations: `[a, b] = [b, a]` 388 ms
 *   against 58 ms with temporaries; `for (const [a, b] of edges)` 293 ms against 179 ms with index reads.
 *   Heap swaps, BFS queues of pairs and loops over edge lists are how LeetCode answers are written, so
 *   an O(kN) merge of k lists that Node finishes in 0.6 s took over 20 s here. Plain destructuring
 *   (identifiers and property or element targets; no defaults, rest or nested patterns) becomes index
 *   reads of the same array, and of a copy of the first n items for anything that is not an array —
 *   taken and closed as destructuring takes them. Reads by index equal the array iterator's reads
 *   unless a script changes array iteration itself, so scripts that could (they mention
 *   `Symbol.iterator`, proxies, `eval`…) are left as written.
 */
import type * as TS from 'typescript';

type TypeScriptApi = typeof TS;

/** What a pass rewrote: the spread calls need their guest helpers loaded first; a destructuring does too unless its right side was an array literal. */
export interface ParityRewrites {
  spreadCalls: number;
  destructurings: number;
  /** Rewrites that call `__onsiteIsArray` / `__onsiteItems` (guest/spreadCalls.ts defines both). */
  itemHelpers: number;
}

/** A cheap necessary condition for a spread call anywhere (`f(...xs)`, `o.m(a, ...xs)`). */
export function hasSpreadCall(source: string): boolean {
  return source.includes('...');
}

const DESTRUCTURING_DECLARATION = /\b(?:const|let|var)\s*\[/;
/** `[a, b] =` or `[h[i], h[j]] =` where a statement can start (one level of brackets inside). */
const DESTRUCTURING_ASSIGNMENT = /(?:^|[;{})]|\belse)\s*\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\s*=(?![=>])/m;
const DESTRUCTURING_ARROW = /\(\s*\[[\w\s,$]*\](?:\s*,\s*(?:\[[\w\s,$]*\]|[\w$]+))*\s*\)\s*=>/;
/** Words that say the script may change how arrays iterate, or run code the pass cannot see. */
const ITERATION_MAY_CHANGE = /Symbol\s*\.\s*iterator|\bProxy\b|\beval\b|\bFunction\b|defineProperty|setPrototypeOf|__proto__|\bReflect\b/;

/** A cheap necessary condition for a destructuring the pass rewrites. */
export function hasRewritableDestructuring(source: string): boolean {
  if (ITERATION_MAY_CHANGE.test(source)) return false;
  return DESTRUCTURING_DECLARATION.test(source) || DESTRUCTURING_ASSIGNMENT.test(source) || DESTRUCTURING_ARROW.test(source);
}

export function needsParityPass(source: string): boolean {
  return hasSpreadCall(source) || hasRewritableDestructuring(source);
}

export function engineParityTransformer(ts: TypeScriptApi, source: string, rewrote: ParityRewrites): TS.TransformerFactory<TS.SourceFile> {
  const destructuring = !ITERATION_MAY_CHANGE.test(source);
  return (context) => {
    const f = context.factory;
    const spread = spreadCallRewriter(ts, f, rewrote);
    const destructure = destructuringRewriter(ts, f, rewrote);
    const visit = (original: TS.Node): TS.Node => {
      const node = ts.visitEachChild(original, visit, context);
      const rewritten = spread(node) ?? (destructuring ? destructure(node) : undefined);
      if (rewritten === undefined) return node;
      ts.setTextRange(rewritten, original);
      ts.setOriginalNode(rewritten, original);
      return rewritten;
    };
    return (file) => ts.visitNode(file, visit) as TS.SourceFile;
  };
}

function spreadCallRewriter(ts: TypeScriptApi, f: TS.NodeFactory, rewrote: ParityRewrites): (node: TS.Node) => TS.Node | undefined {
  return (node) => {
    if (!ts.isCallExpression(node) || !node.arguments.some((a) => ts.isSpreadElement(a)) || node.questionDotToken !== undefined) return undefined;
    const callee = node.expression;
    const args = f.createArrayLiteralExpression([...node.arguments]);
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      // Optional chains and super calls keep their own semantics: left as they are.
      const privateName = ts.isPropertyAccessExpression(callee) && ts.isPrivateIdentifier(callee.name);
      if (callee.questionDotToken !== undefined || callee.expression.kind === ts.SyntaxKind.SuperKeyword || privateName) return undefined;
      const key = ts.isPropertyAccessExpression(callee) ? f.createStringLiteral(callee.name.text) : callee.argumentExpression;
      rewrote.spreadCalls++;
      return f.createCallExpression(f.createIdentifier('__onsiteSpreadMethod'), undefined, [callee.expression, key, args]);
    }
    if (callee.kind === ts.SyntaxKind.SuperKeyword || callee.kind === ts.SyntaxKind.ImportKeyword) return undefined;
    rewrote.spreadCalls++;
    return f.createCallExpression(f.createIdentifier('__onsiteSpreadCall'), undefined, [callee, args]);
  };
}

/** A target an index read can assign to as destructuring would: `a`, `o.p`, `o[k]` (no optional chain, no private name). */
function isSimpleTarget(ts: TypeScriptApi, e: TS.Expression): boolean {
  if (ts.isIdentifier(e)) return true;
  if (ts.isPropertyAccessExpression(e)) return e.questionDotToken === undefined && !ts.isPrivateIdentifier(e.name) && e.expression.kind !== ts.SyntaxKind.SuperKeyword;
  if (ts.isElementAccessExpression(e)) return e.questionDotToken === undefined && e.expression.kind !== ts.SyntaxKind.SuperKeyword;
  return false;
}

/** `[a, , b]` of plain names: the names by position (undefined for a hole), or undefined when the pattern has defaults, rest or nesting. */
function plainNames(ts: TypeScriptApi, pattern: TS.BindingName): (TS.Identifier | undefined)[] | undefined {
  if (!ts.isArrayBindingPattern(pattern) || pattern.elements.length === 0) return undefined;
  const names: (TS.Identifier | undefined)[] = [];
  for (const element of pattern.elements) {
    if (ts.isOmittedExpression(element)) names.push(undefined);
    else if (element.dotDotDotToken === undefined && element.initializer === undefined && element.propertyName === undefined && ts.isIdentifier(element.name)) names.push(element.name);
    else return undefined;
  }
  return names;
}

function destructuringRewriter(ts: TypeScriptApi, f: TS.NodeFactory, rewrote: ParityRewrites): (node: TS.Node) => TS.Node | undefined {
  /** `__e = __onsiteIsArray(v) ? v : __onsiteItems(v, n)`: the value itself when it is an array, else its first n items. */
  const itemsOf = (value: TS.Identifier, count: number): TS.Expression => {
    rewrote.itemHelpers++;
    return f.createConditionalExpression(
      f.createCallExpression(f.createIdentifier('__onsiteIsArray'), undefined, [value]),
      undefined,
      value,
      undefined,
      f.createCallExpression(f.createIdentifier('__onsiteItems'), undefined, [value, f.createNumericLiteral(count)]),
    );
  };
  const at = (items: TS.Identifier, index: number): TS.Expression => f.createElementAccessExpression(items, f.createNumericLiteral(index));
  /** Declarations binding `names` from `value`, as `value` then its items then one name per position. */
  const bindings = (names: (TS.Identifier | undefined)[], value: TS.Expression): TS.VariableDeclaration[] => {
    // A name is read twice as it is; anything else is evaluated once, into a temporary.
    const whole = ts.isIdentifier(value) ? value : f.createUniqueName('__onsite_value');
    const items = f.createUniqueName('__onsite_items');
    const out = whole === value ? [] : [f.createVariableDeclaration(whole, undefined, undefined, value)];
    out.push(f.createVariableDeclaration(items, undefined, undefined, itemsOf(whole, names.length)));
    names.forEach((name, i) => { if (name !== undefined) out.push(f.createVariableDeclaration(name, undefined, undefined, at(items, i))); });
    return out;
  };

  const swap = (statement: TS.ExpressionStatement): TS.Node | undefined => {
    const e = statement.expression;
    if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isArrayLiteralExpression(e.left)) return undefined;
    const targets = e.left.elements;
    if (targets.length === 0 || targets.some((t) => !ts.isOmittedExpression(t) && !isSimpleTarget(ts, t))) return undefined;
    const right = e.right;
    if (ts.isArrayLiteralExpression(right) && right.elements.length === targets.length && !targets.some((t) => ts.isOmittedExpression(t))
      && !right.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) {
      // The right side is evaluated whole before any target is assigned, left to right.
      const temps = right.elements.map(() => f.createUniqueName('__onsite_next'));
      rewrote.destructurings++;
      return f.createBlock([
        f.createVariableStatement(undefined, f.createVariableDeclarationList(right.elements.map((x, i) => f.createVariableDeclaration(temps[i] as TS.Identifier, undefined, undefined, x)), ts.NodeFlags.Const)),
        ...targets.map((t, i) => f.createExpressionStatement(f.createAssignment(t, temps[i] as TS.Identifier))),
      ], true);
    }
    const whole = f.createUniqueName('__onsite_value');
    const items = f.createUniqueName('__onsite_items');
    rewrote.destructurings++;
    return f.createBlock([
      f.createVariableStatement(undefined, f.createVariableDeclarationList([
        f.createVariableDeclaration(whole, undefined, undefined, right),
        f.createVariableDeclaration(items, undefined, undefined, itemsOf(whole, targets.length)),
      ], ts.NodeFlags.Const)),
      ...targets.flatMap((t, i) => (ts.isOmittedExpression(t) ? [] : [f.createExpressionStatement(f.createAssignment(t, at(items, i)))])),
    ], true);
  };

  const declarationList = (list: TS.VariableDeclarationList): TS.VariableDeclarationList | undefined => {
    if (!list.declarations.some((d) => d.initializer !== undefined && plainNames(ts, d.name) !== undefined)) return undefined;
    const declarations = list.declarations.flatMap((d) => {
      const names = plainNames(ts, d.name);
      if (names === undefined || d.initializer === undefined) return [d];
      rewrote.destructurings++;
      return bindings(names, d.initializer);
    });
    return f.updateVariableDeclarationList(list, declarations);
  };

  const forOf = (loop: TS.ForOfStatement): TS.Node | undefined => {
    if (loop.awaitModifier !== undefined || !ts.isVariableDeclarationList(loop.initializer) || loop.initializer.declarations.length !== 1) return undefined;
    const names = plainNames(ts, (loop.initializer.declarations[0] as TS.VariableDeclaration).name);
    if (names === undefined) return undefined;
    const each = f.createUniqueName('__onsite_each');
    const flags = loop.initializer.flags;
    const kind = (flags & ts.NodeFlags.Const) !== 0 ? ts.NodeFlags.Const : (flags & ts.NodeFlags.Let) !== 0 ? ts.NodeFlags.Let : ts.NodeFlags.None;
    rewrote.destructurings++;
    // The loop's own statement stays nested, so its declarations keep their scope below the names.
    return f.updateForOfStatement(loop, undefined, f.createVariableDeclarationList([f.createVariableDeclaration(each)], kind), loop.expression,
      f.createBlock([f.createVariableStatement(undefined, f.createVariableDeclarationList(bindings(names, each), kind)), loop.statement], true));
  };

  const arrow = (fn: TS.ArrowFunction): TS.Node | undefined => {
    // Only expression bodies: a block body's own declarations could collide with the names.
    if (ts.isBlock(fn.body)) return undefined;
    const plan = fn.parameters.map((p) => (p.dotDotDotToken !== undefined || p.initializer !== undefined ? null : ts.isIdentifier(p.name) ? 'name' : plainNames(ts, p.name) ?? null));
    if (plan.some((x) => x === null) || !plan.some((x) => x !== 'name')) return undefined;
    const declarations: TS.VariableDeclaration[] = [];
    const parameters = fn.parameters.map((p, i) => {
      const names = plan[i];
      if (names === 'name' || names === null || names === undefined) return p;
      const param = f.createUniqueName('__onsite_param');
      declarations.push(...bindings(names, param));
      rewrote.destructurings++;
      return f.updateParameterDeclaration(p, p.modifiers, undefined, param, undefined, p.type, undefined);
    });
    const body = f.createBlock([f.createVariableStatement(undefined, f.createVariableDeclarationList(declarations, ts.NodeFlags.Const)), f.createReturnStatement(fn.body)], true);
    return f.updateArrowFunction(fn, fn.modifiers, fn.typeParameters, parameters, fn.type, fn.equalsGreaterThanToken, body);
  };

  return (node) => {
    if (ts.isExpressionStatement(node)) return swap(node);
    if (ts.isVariableStatement(node)) {
      const list = declarationList(node.declarationList);
      return list === undefined ? undefined : f.updateVariableStatement(node, node.modifiers, list);
    }
    if (ts.isForOfStatement(node)) return forOf(node);
    if (ts.isArrowFunction(node)) return arrow(node);
    return undefined;
  };
}
