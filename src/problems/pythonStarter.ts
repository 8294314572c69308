/**
 * What a Python interview shows instead of the JavaScript signature: the `class`/`def` headers of
 * the problem's starter.py (LeetCode's own form, e.g. `def twoSum(self, nums: List[int], target: int)
 * -> List[int]:`) and the annotation of each parameter, so the code pane and the custom-test form
 * speak the language the candidate writes in. Read from the starter rather than translated from the
 * JavaScript types, so there is one source for what a Python candidate sees.
 */

/** The non-comment `class …:` and `def …:` header lines of a starter, in order, without trailing blanks. */
export function pythonSignature(starter: string): string {
  return starter
    .split(/\r?\n/)
    .filter((line) => /^\s*(class|def)\s/.test(line))
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n');
}

/**
 * The annotations of `def <name>(self, …)`'s parameters after `self`, in order, or undefined when
 * the starter has no such method or one of its parameters is not annotated. LeetCode's older
 * templates (Serialize and Deserialize Binary Tree's `def serialize(self, root):`) type their
 * parameters in the docstring instead (`:type root: TreeNode`), which counts as the annotation.
 */
export function pythonParamTypes(starter: string, methodName: string): string[] | undefined {
  // LeetCode's annotations hold no parentheses, so the parameter list runs to the line's last ')'.
  const header = new RegExp(`^\\s*def\\s+${escapeRegExp(methodName)}\\s*\\((.*)\\)\\s*(?:->.*)?:\\s*$`, 'm');
  const match = header.exec(starter);
  if (match === null) return undefined;
  const params = splitTopLevel(match[1] ?? '').map((p) => p.trim()).filter((p) => p !== '');
  if (params[0] === 'self') params.shift();
  const body = methodBody(starter, match.index + match[0].length);
  const types: string[] = [];
  for (const param of params) {
    const colon = param.indexOf(':');
    if (colon >= 0) {
      types.push(param.slice(colon + 1).replace(/=.*$/, '').trim());
      continue;
    }
    const name = param.replace(/=.*$/, '').trim();
    const documented = new RegExp(`^\\s*:type\\s+${escapeRegExp(name)}\\s*:\\s*(\\S.*?)\\s*$`, 'm').exec(body);
    if (documented === null) return undefined;
    types.push(documented[1] ?? '');
  }
  return types;
}

/** The text after a method's header up to the next `def` or `class` line (its docstring and body). */
function methodBody(starter: string, from: number): string {
  const rest = starter.slice(from);
  const next = /^\s*(def|class)\s/m.exec(rest);
  return next === null ? rest : rest.slice(0, next.index);
}

/** Splits on commas that are not inside brackets: `a: Dict[int, str], b: int` has two parameters. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
