/**
 * Guest helpers for the engine-parity rewrites (engineParity.ts), evaluated only for a script the pass
 * rewrote.
 *
 * Spread calls, as Node runs them: QuickJS refuses a call with more than 65,534 arguments, where Node
 * takes `Math.max(...nums)` for the 10^5 numbers LeetCode's constraints allow (it fails near 120,000
 * with a stack overflow). `__onsiteSpreadCall` / `__onsiteSpreadMethod` run small argument lists as
 * they are and split long ones for the built-ins whose result composes (max, min, push, unshift,
 * splice, concat, fromCharCode, fromCodePoint).
 *
 * Destructuring by index: `__onsiteIsArray` is the original `Array.isArray`; `__onsiteItems(value, n)`
 * takes the first n items of anything else through its iterator and closes it, as destructuring does.
 */
export const PARITY_HELPERS_SOURCE = String.raw`(function () {
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
const isArray = Array.isArray, iteratorSymbol = Symbol.iterator, TypeErrorCtor = TypeError;
function items(value, count) {
  if (value === null || value === undefined) throw new TypeErrorCtor(String(value) + ' is not iterable');
  const next = value[iteratorSymbol];
  if (typeof next !== 'function') throw new TypeErrorCtor('value is not iterable');
  const iterator = apply(next, value, []);
  const nextMethod = iterator.next;
  const out = [];
  for (let i = 0; i < count; i++) {
    const step = apply(nextMethod, iterator, []);
    if (typeof step !== 'object' || step === null) throw new TypeErrorCtor('iterator result is not an object');
    if (step.done) return out;
    out[i] = step.value;
  }
  const close = iterator.return;
  if (close !== undefined && close !== null) apply(close, iterator, []);
  return out;
}
defineProperty(G, '__onsiteIsArray', { value: isArray, writable: false, configurable: false, enumerable: false });
defineProperty(G, '__onsiteItems', { value: items, writable: false, configurable: false, enumerable: false });
defineProperty(G, '__onsiteSpreadCall', { value: (fn, args) => call(fn, undefined, args), writable: false, configurable: false, enumerable: false });
defineProperty(G, '__onsiteSpreadMethod', { value: (self, key, args) => call(self[key], self, args), writable: false, configurable: false, enumerable: false });
})();`;
