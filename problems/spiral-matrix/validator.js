/** LeetCode 54, Spiral Matrix: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix]) {
  const [m, n] = grid('matrix', matrix, 1, 10);
  for (let i = 0; i < m; i++) ints(`matrix[${i}]`, matrix[i], n, n, -100, 100);
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

function array(name, a, minLength, maxLength) {
  if (!Array.isArray(a)) fail(`${name} must be an array`);
  if (a.length < minLength || a.length > maxLength) fail(`${name}.length must be between ${show(minLength)} and ${show(maxLength)}`);
}

function ints(name, a, minLength, maxLength, lo, hi) {
  array(name, a, minLength, maxLength);
  for (let i = 0; i < a.length; i++) int(`${name}[${i}]`, a[i], lo, hi);
}

/** A rectangular m × n grid; returns [m, n]. */
function grid(name, g, minSide, maxSide) {
  array(name, g, minSide, maxSide);
  const n = Array.isArray(g[0]) ? g[0].length : -1;
  for (let i = 0; i < g.length; i++) {
    if (!Array.isArray(g[i])) fail(`${name}[${i}] must be an array`);
    if (g[i].length !== n) fail(`${name} must be rectangular: ${name}[${i}].length is ${g[i].length}, ${name}[0].length is ${n}`);
  }
  if (n < minSide || n > maxSide) fail(`${name}[i].length must be between ${show(minSide)} and ${show(maxSide)}`);
  return [g.length, n];
}
