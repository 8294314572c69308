/**
 * Calls with a spread argument, as Node runs them. QuickJS refuses a call with more than 65,534
 * arguments, where Node takes `Math.max(...nums)` for the 10^5 numbers LeetCode's constraints allow
 * (it fails near 120,000 with a stack overflow). The worker's transpile pass (transpile.ts) turns
 * `f(...xs)` into `__onsiteSpreadCall(f, [...xs])` and `o.m(...xs)` into
 * `__onsiteSpreadMethod(o, 'm', [...xs])`; these run small argument lists as they are and split long
 * ones for the built-ins whose result composes (max, min, push, unshift, splice, concat,
 * fromCharCode, fromCodePoint). Guest code, evaluated only for a script the pass rewrote.
 */
export const SPREAD_CALLS_SOURCE = String.raw`(function () {
'use strict';
const G = globalThis, apply = Reflect.apply, defineProperty = Reflect.defineProperty;
const LIMIT = 65534, NODE_LIMIT = 120000;
const arraySlice = Array.prototype.slice;
const max = Math.max, min = Math.min, push = Array.prototype.push, unshift = Array.prototype.unshift;
const splice = Array.prototype.splice, concat = Array.prototype.concat;
const fromCharCode = String.fromCharCode, fromCodePoint = String.fromCodePoint;
const RangeErrorCtor = RangeError;
function chunks(args, size) {
  const out = [];
  for (let i = 0; i < args.length; i += size) out[out.length] = apply(arraySlice, args, [i, i + size]);
  return out;
}
function composed(fn, self, args) {
  const parts = chunks(args, LIMIT);
  if (fn === max || fn === min) {
    const partial = [];
    for (let i = 0; i < parts.length; i++) partial[i] = apply(fn, self, parts[i]);
    return apply(fn, self, partial);
  }
  if (fn === push) { let n = 0; for (let i = 0; i < parts.length; i++) n = apply(push, self, parts[i]); return n; }
  if (fn === unshift) { let n = 0; for (let i = parts.length - 1; i >= 0; i--) n = apply(unshift, self, parts[i]); return n; }
  if (fn === fromCharCode || fn === fromCodePoint) { let s = ''; for (let i = 0; i < parts.length; i++) s += apply(fn, self, parts[i]); return s; }
  if (fn === concat) { let acc = self; for (let i = 0; i < parts.length; i++) acc = apply(concat, acc, parts[i]); return acc; }
  if (fn === splice && args.length >= 2) {
    const start = args[0], deleteCount = args[1], items = apply(arraySlice, args, [2]);
    const removed = apply(splice, self, [start, deleteCount]);
    const from = start < 0 ? max(self.length + start, 0) : min(start, self.length);
    const itemParts = chunks(items, LIMIT - 2);
    let at = from;
    for (let i = 0; i < itemParts.length; i++) { apply(splice, self, [at, 0, ...itemParts[i]]); at += itemParts[i].length; }
    return removed;
  }
  return undefined;
}
const NOT_COMPOSED = {};
function call(fn, self, args) {
  if (args.length <= LIMIT || typeof fn !== 'function') return apply(fn, self, args);
  if (args.length > NODE_LIMIT) throw new RangeErrorCtor('Maximum call stack size exceeded');
  const result = fn === splice || fn === push || fn === unshift || fn === concat || fn === max || fn === min || fn === fromCharCode || fn === fromCodePoint
    ? composed(fn, self, args) : NOT_COMPOSED;
  if (result !== NOT_COMPOSED) return result;
  return apply(fn, self, args);
}
defineProperty(G, '__onsiteSpreadCall', { value: (fn, args) => call(fn, undefined, args), writable: false, configurable: false, enumerable: false });
defineProperty(G, '__onsiteSpreadMethod', { value: (self, key, args) => call(self[key], self, args), writable: false, configurable: false, enumerable: false });
})();`;
