/** LeetCode 208, Implement Trie (Prefix Tree): true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'Trie', { Trie: 0, insert: 1, search: 1, startsWith: 1 }, 3e4);
  for (let i = 1; i < ops.length; i++) {
    text(`arguments[${i}][0] (${ops[i] === 'startsWith' ? 'prefix' : 'word'})`, args[i][0], 1, 2000, /[a-z]/, 'lowercase English letters');
  }
  return true;
}

// Helpers shared by the bank's validators (the same text in each file).

function fail(message) {
  throw new Error(message);
}

/** LeetCode's notation for a bound: 10000 → "10^4", 50000 → "5 * 10^4", 2147483647 → "2^31 - 1". */
function show(n) {
  if (n === 2147483647) return '2^31 - 1';
  if (n === -2147483648) return '-2^31';
  if (n === 2147483646) return '2^31 - 2';
  for (let e = 4; e <= 9; e++) {
    const k = Math.abs(n) / 10 ** e;
    if (Number.isInteger(k) && k >= 1 && k < 10) return `${n < 0 ? '-' : ''}${k === 1 ? '' : `${k} * `}10^${e}`;
  }
  return String(n);
}

/** A string of minLength..maxLength characters, each matching `allowed` (a one-character RegExp). */
function text(name, s, minLength, maxLength, allowed, described) {
  if (typeof s !== 'string') fail(`${name} must be a string`);
  if (s.length < minLength || s.length > maxLength) fail(`${name}.length must be between ${show(minLength)} and ${show(maxLength)}`);
  for (let i = 0; i < s.length; i++) {
    if (!allowed.test(s[i])) fail(`${name} must consist of ${described} (${name}[${i}] is ${JSON.stringify(s[i])})`);
  }
}

/**
 * LeetCode's design test: [operations, arguments], the first operation the constructor. `arity` maps
 * each method (and the class name) to its number of arguments. Returns the operations and arguments.
 */
function design(test, className, arity, maxCalls) {
  if (!Array.isArray(test) || test.length !== 2) fail('a design test is [operations, arguments]');
  const [ops, argLists] = test;
  if (!Array.isArray(ops) || !Array.isArray(argLists)) fail('operations and arguments must be arrays');
  if (ops.length !== argLists.length) fail(`operations has ${ops.length} entries but arguments has ${argLists.length}`);
  if (ops[0] !== className) fail(`operations[0] must be "${className}" (the constructor)`);
  if (ops.length - 1 > maxCalls) fail(`at most ${maxCalls} calls are allowed, found ${ops.length - 1}`);
  for (let i = 0; i < ops.length; i++) {
    const name = ops[i];
    if (i > 0 && (name === className || !Object.prototype.hasOwnProperty.call(arity, name))) fail(`operations[${i}]: unknown method ${JSON.stringify(name)}`);
    if (!Array.isArray(argLists[i]) || argLists[i].length !== arity[name]) fail(`arguments[${i}]: ${name} takes ${arity[name]} argument(s)`);
  }
  return [ops, argLists];
}
