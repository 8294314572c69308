import * as assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { hasRewritableDestructuring, needsParityPass } from '../../../src/judge/engineParity';
import { PARITY_HELPERS_SOURCE } from '../../../src/judge/guest/parityHelpers';
import { originalPosition, transpileTypeScript } from '../../../src/judge/transpile';

/** Runs a script in a fresh Node context, with the guest helpers when the pass calls them; returns what it leaves in `result`. */
function run(script: string, helpers: boolean): unknown {
  const context: { result?: unknown } = {};
  runInNewContext(`${helpers ? PARITY_HELPERS_SOURCE : ''}\n${script}\n;globalThis.result = JSON.stringify(typeof main === 'function' ? main() : null);`, context);
  return context.result;
}

async function rewritten(source: string): Promise<{ script: string; helpers: boolean }> {
  const result = await transpileTypeScript(source, { javascript: true, parity: true });
  assert.ok(result.ok, 'transpiles');
  return { script: result.script, helpers: result.parityHelpers };
}

/** Each program is run as written and as rewritten, in Node: the answers must be the same, and the pass must have rewritten it. */
const SAME_ANSWER: Record<string, string> = {
  'swap of two names': 'function main() { let a = 1, b = 2; [a, b] = [b, a]; return [a, b]; }',
  'heap swap of elements': 'function main() { const h = [5, 1, 4]; let i = 0, j = 1; [h[i], h[j]] = [h[j], h[i]]; return h; }',
  'targets evaluated in order after the whole right side': 'function main() { const a = [2, 0, 1]; let i = 0; [i, a[i]] = [a[i], i]; return [i, a]; }',
  'linked-list step': 'function main() { let l = { val: 1, next: { val: 2, next: null } }; const head = { next: null }; let p = head; [p.next, l] = [l, l.next]; return [p.next.val, l.val]; }',
  'assignment from a call': 'function pair() { return [3, 4]; } function main() { let x, y; [x, y] = pair(); return [x, y]; }',
  'assignment with a hole': 'function main() { let y; [, y] = [1, 2, 3]; return y; }',
  'declaration from an array': 'function main() { const [a, , c] = [1, 2, 3]; return [a, c]; }',
  'declaration from a short array': 'function main() { const [a, b, c] = [1]; return [a, b ?? "undef", c ?? "undef"]; }',
  'declaration from a string': 'function main() { const [first, second] = "héllo"; return first + second; }',
  'declaration from a Set, and for-of over a Map': 'function main() { const out = []; for (const [k, v] of new Map([[1, "x"], [2, "y"]])) out.push(k + v); const [s0, s1] = new Set([7, 8, 9]); return [out, s0, s1]; }',
  'a generator is closed after the items taken': 'function main() { const log = []; function* g() { try { yield 1; yield 2; yield 3; } finally { log.push("closed"); } } const [a, b] = g(); return [a, b, log]; }',
  'a generator shorter than the pattern': 'function main() { function* g() { yield 1; } const [a, b, c] = g(); return [a, b ?? "undef", c ?? "undef"]; }',
  'for-of over edge pairs': 'function main() { let s = 0; for (const [a, b] of [[1, 2], [3, 4]]) s += a * b; return s; }',
  'for-of with let and a body that shadows nothing': 'function main() { const out = []; for (let [k, v] of Object.entries({ a: 1, b: 2 })) { v *= 10; out.push(k + v); } return out; }',
  'for-of closures see one binding per iteration': 'function main() { const fs = []; for (const [i] of [[1], [2]]) fs.push(() => i); return fs.map((f) => f()); }',
  'arrow parameters in a sort': 'function main() { return [[3, "c"], [1, "a"], [2, "b"]].sort(([x], [y]) => x - y).map(([, name]) => name); }',
  'arrow parameters beside a plain one': 'function main() { return [[1, 2], [3, 4]].map(([a, b], i) => a + b + i); }',
  'BFS queue of pairs': 'function main() { const q = [[0, 0]]; const seen = []; while (q.length) { const [r, c] = q.shift(); seen.push(r * 10 + c); if (r < 2) q.push([r + 1, c]); } return seen; }',
  'a holey array reads undefined as iteration does': 'function main() { const a = [1, , 3]; const [x, y, z] = a; return [x, y === undefined, z]; }',
};

describe('engine-parity rewrites of array destructuring (judge)', () => {
  for (const [name, program] of Object.entries(SAME_ANSWER)) {
    it(`gives the same answer as written: ${name}`, async () => {
      assert.ok(needsParityPass(program), 'the cheap check finds it');
      const { script, helpers } = await rewritten(program);
      assert.notEqual(script, program, 'rewritten');
      assert.equal(run(script, helpers), run(program, false));
    });
  }

  it('throws as destructuring does on a value that is not iterable', async () => {
    const program = 'function main() { try { const [a] = null; return a; } catch (e) { return e instanceof TypeError; } }';
    const { script, helpers } = await rewritten(program);
    assert.equal(run(script, helpers), 'true');
    const notIterable = 'function main() { try { const [a] = {}; return a; } catch (e) { return e instanceof TypeError; } }';
    assert.equal(run((await rewritten(notIterable)).script, true), 'true');
  });

  it('leaves defaults, rest elements, nested patterns and block-bodied functions as written', async () => {
    for (const program of [
      'function main() { const [a = 1, b] = [undefined, 2]; return a + b; }',
      'function main() { const [a, ...rest] = [1, 2, 3]; return rest; }',
      'function main() { const [[a]] = [[1]]; return a; }',
      'function main() { return [[1, 2]].map(([a, b]) => { var a; return a + b; }); }',
    ]) {
      const result = await transpileTypeScript(program, { javascript: true, parity: true });
      assert.ok(result.ok);
      assert.equal(result.script, program, program);
    }
  });

  it('leaves a script alone when it could change how arrays iterate', () => {
    assert.equal(hasRewritableDestructuring('Array.prototype[Symbol.iterator] = function* () {}; const [a] = [1];'), false);
    assert.equal(hasRewritableDestructuring('const p = new Proxy([], {}); const [a] = p;'), false);
    assert.equal(hasRewritableDestructuring('const [a, b] = [1, 2];'), true);
    assert.equal(hasRewritableDestructuring('if (x) [a, b] = [b, a];'), true);
    assert.equal(hasRewritableDestructuring('dp[i] = dp[i - 1] + 1;'), false);
  });

  it('keeps the user\'s line numbers for errors inside a rewritten loop', async () => {
    const program = 'function main() {\n  for (const [a, b] of [[1, 2]]) {\n    null.boom;\n  }\n}\n';
    const result = await transpileTypeScript(program, { javascript: true, parity: true });
    assert.ok(result.ok);
    const line = result.script.split('\n').findIndex((l) => l.includes('null.boom')) + 1;
    assert.equal(originalPosition(result.lineMap, { line, column: 5 })?.line, 3);
  });
});
