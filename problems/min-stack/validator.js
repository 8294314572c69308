/** LeetCode 155, Min Stack: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'MinStack', { MinStack: 0, push: 1, pop: 0, top: 0, getMin: 0 }, 3e4);
  let size = 0;
  for (let i = 1; i < ops.length; i++) {
    if (ops[i] === 'push') {
      int(`arguments[${i}][0] (val)`, args[i][0], -(2 ** 31), 2 ** 31 - 1);
      size++;
    } else {
      if (size === 0) fail(`operations[${i}]: ${ops[i]}() is called on an empty stack`);
      if (ops[i] === 'pop') size--;
    }
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

function int(name, v, lo, hi) {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(`${name} must be an integer`);
  if (v < lo || v > hi) fail(`${name} must be between ${show(lo)} and ${show(hi)}`);
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
