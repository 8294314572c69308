/**
 * The validator kit: the checks every problem's validator.js is written against, so the bank keeps
 * one copy of them instead of one per problem. Guest code, evaluated only for validator batches
 * (inputCheck.ts), after the harness and before validator.js; a user's solution never sees it.
 *
 * Each helper throws a plain Error naming the broken constraint in LeetCode's notation (show()),
 * which the harness turns into the validator's verdict. The helpers are non-enumerable, read-only
 * globals, and they reach the built-ins through references taken before validator.js runs, so a
 * validator that reshapes Array.prototype or a helper's name cannot change what the kit checks.
 */
/** The kit's globals, in the order the sandbox defines them and the worker's V8 passes them (trustedScripts.ts). */
export const VALIDATOR_KIT_NAMES = ['fail', 'show', 'int', 'array', 'ints', 'distinct', 'text', 'grid', 'tree', 'design'];

export const VALIDATOR_KIT_SOURCE = String.raw`(function () {
'use strict';
const G = globalThis, apply = Reflect.apply, defineProperty = Reflect.defineProperty;
const ErrorCtor = Error, SetCtor = Set, StringCtor = String, RegExpCtor = RegExp;
const isArray = Array.isArray, isInteger = Number.isInteger, abs = Math.abs, stringify = JSON.stringify;
const setHas = Set.prototype.has, setAdd = Set.prototype.add;
const regexpTest = RegExp.prototype.test, hasOwn = Object.prototype.hasOwnProperty;
const getterOf = (name) => Reflect.getOwnPropertyDescriptor(RegExp.prototype, name).get;
const sourceOf = getterOf('source'), flagsOf = getterOf('flags');

/* fail(message): refuses the input, naming the constraint it breaks. */
function fail(message) {
  throw new ErrorCtor(message);
}

/* show(n): LeetCode's notation for a bound: 10000 → "10^4", 50000 → "5 * 10^4", 2147483647 → "2^31 - 1". */
function show(n) {
  if (n === 2147483647) return '2^31 - 1';
  if (n === -2147483648) return '-2^31';
  if (n === 2147483646) return '2^31 - 2';
  for (let e = 4; e <= 9; e++) {
    const k = abs(n) / 10 ** e;
    if (isInteger(k) && k >= 1 && k < 10) return (n < 0 ? '-' : '') + (k === 1 ? '' : k + ' * ') + '10^' + e;
  }
  return StringCtor(n);
}

/* int(name, v, lo, hi): v is an integer in [lo, hi]. */
function int(name, v, lo, hi) {
  if (typeof v !== 'number' || !isInteger(v)) fail(name + ' must be an integer');
  if (v < lo || v > hi) fail(name + ' must be between ' + show(lo) + ' and ' + show(hi));
}

/* array(name, a, minLength, maxLength): a is an array of minLength..maxLength entries. */
function array(name, a, minLength, maxLength) {
  if (!isArray(a)) fail(name + ' must be an array');
  if (a.length < minLength || a.length > maxLength) fail(name + '.length must be between ' + show(minLength) + ' and ' + show(maxLength));
}

/* ints(name, a, minLength, maxLength, lo, hi): an array of minLength..maxLength integers in [lo, hi]. */
function ints(name, a, minLength, maxLength, lo, hi) {
  array(name, a, minLength, maxLength);
  /* The entry's name is built only for a message: building it for each of 10^5 entries doubled the check's time in QuickJS. */
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !isInteger(v) || v < lo || v > hi) int(name + '[' + i + ']', v, lo, hi);
  }
}

/* distinct(name, a): no value of the array repeats (compared as a Set does). */
function distinct(name, a) {
  const seen = new SetCtor();
  for (let i = 0; i < a.length; i++) {
    if (apply(setHas, seen, [a[i]])) fail('all values in ' + name + ' must be unique (' + stringify(a[i]) + ' repeats at ' + name + '[' + i + '])');
    apply(setAdd, seen, [a[i]]);
  }
}

/* For a plain one-character class such as /[a-z0-9]/, the same test of every character as one match of
   /^[a-z0-9]*$/, for strings long enough to repay the lookup (a 10^5-letter string: a call per character).
   Flags (u, i, g, y) or anything beyond one class keep the per-character loop, whose meaning is plain. */
const WHOLE_TEST_FROM = 32;
const ONE_CLASS = /^\[(?:[^\]\\]|\\.)*\]$/;
const wholeTests = new Map(), mapGet = Map.prototype.get, mapSet = Map.prototype.set, mapHas = Map.prototype.has;
function wholeStringTest(allowed) {
  if (!(allowed instanceof RegExpCtor) || apply(flagsOf, allowed, []) !== '') return undefined;
  /* Keyed by the source: a literal in a validator's loop is a new RegExp object at every pass. */
  const source = apply(sourceOf, allowed, []);
  if (!apply(mapHas, wholeTests, [source])) {
    apply(mapSet, wholeTests, [source, apply(regexpTest, ONE_CLASS, [source]) ? new RegExpCtor('^' + source + '*$') : undefined]);
  }
  return apply(mapGet, wholeTests, [source]);
}

/* text(name, s, minLength, maxLength, allowed, described): a string of minLength..maxLength characters,
   each matching allowed (a one-character RegExp); described says which in the message ("lowercase English letters"). */
function text(name, s, minLength, maxLength, allowed, described) {
  if (typeof s !== 'string') fail(name + ' must be a string');
  if (s.length < minLength || s.length > maxLength) fail(name + '.length must be between ' + show(minLength) + ' and ' + show(maxLength));
  if (s.length >= WHOLE_TEST_FROM) {
    const whole = wholeStringTest(allowed);
    if (whole !== undefined && apply(regexpTest, whole, [s])) return;
  }
  for (let i = 0; i < s.length; i++) {
    if (!apply(regexpTest, allowed, [s[i]])) fail(name + ' must consist of ' + described + ' (' + name + '[' + i + '] is ' + stringify(s[i]) + ')');
  }
}

/* grid(name, g, minSide, maxSide): a rectangular m × n grid, both sides in minSide..maxSide; returns [m, n]. */
function grid(name, g, minSide, maxSide) {
  array(name, g, minSide, maxSide);
  const n = isArray(g[0]) ? g[0].length : -1;
  for (let i = 0; i < g.length; i++) {
    if (!isArray(g[i])) fail(name + '[' + i + '] must be an array');
    if (g[i].length !== n) fail(name + ' must be rectangular: ' + name + '[' + i + '].length is ' + g[i].length + ', ' + name + '[0].length is ' + n);
  }
  if (n < minSide || n > maxSide) fail(name + '[i].length must be between ' + show(minSide) + ' and ' + show(maxSide));
  return [g.length, n];
}

/* tree(name, a, minNodes, maxNodes, lo, hi): a binary tree in LeetCode's level order (null for a missing
   child) of minNodes..maxNodes nodes with integer values in [lo, hi]. Returns its nodes as
   { val, left, right } with child indices (-1 for none). Entries past the last node's children would be
   silently dropped by LeetCode, so they are refused. */
function tree(name, a, minNodes, maxNodes, lo, hi) {
  if (!isArray(a)) fail(name + ' must be an array in level order');
  const nodes = [];
  if (a.length > 0) {
    if (a[0] === null) fail(name + ': a non-empty tree must start with its root value, not null');
    nodes[0] = { val: a[0], left: -1, right: -1 };
  }
  const sides = ['left', 'right'];
  let next = 1;
  for (let parent = 0; parent < nodes.length && next < a.length; parent++) {
    for (let s = 0; s < 2 && next < a.length; s++) {
      if (a[next] !== null) {
        nodes[parent][sides[s]] = nodes.length;
        nodes[nodes.length] = { val: a[next], left: -1, right: -1 };
      }
      next++;
    }
  }
  if (next < a.length) fail(name + ': ' + (a.length - next) + " entries after the last node's children");
  if (nodes.length < minNodes || nodes.length > maxNodes) fail('the number of nodes in ' + name + ' must be between ' + show(minNodes) + ' and ' + show(maxNodes));
  const valueName = 'Node.val in ' + name;
  for (let i = 0; i < nodes.length; i++) int(valueName, nodes[i].val, lo, hi);
  return nodes;
}

/* design(test, className, arity, maxCalls): LeetCode's design test [operations, arguments], the first
   operation the constructor and at most maxCalls calls after it; arity maps each method (and the class
   name) to its number of arguments. Returns [operations, arguments]. */
function design(test, className, arity, maxCalls) {
  if (!isArray(test) || test.length !== 2) fail('a design test is [operations, arguments]');
  const ops = test[0], argLists = test[1];
  if (!isArray(ops) || !isArray(argLists)) fail('operations and arguments must be arrays');
  if (ops.length !== argLists.length) fail('operations has ' + ops.length + ' entries but arguments has ' + argLists.length);
  if (ops[0] !== className) fail('operations[0] must be "' + className + '" (the constructor)');
  if (ops.length - 1 > maxCalls) fail('at most ' + maxCalls + ' calls are allowed, found ' + (ops.length - 1));
  for (let i = 0; i < ops.length; i++) {
    const name = ops[i];
    if (i > 0 && (name === className || !apply(hasOwn, arity, [name]))) fail('operations[' + i + ']: unknown method ' + stringify(name));
    if (!isArray(argLists[i]) || argLists[i].length !== arity[name]) fail('arguments[' + i + ']: ' + name + ' takes ' + arity[name] + ' argument(s)');
  }
  return [ops, argLists];
}

const kit = { fail, show, int, array, ints, distinct, text, grid, tree, design };
const names = ${JSON.stringify(VALIDATOR_KIT_NAMES)};
for (let i = 0; i < names.length; i++) {
  defineProperty(G, names[i], { value: kit[names[i]], writable: false, configurable: false, enumerable: false });
}
})();`;
