/** LeetCode 215, Kth Largest Element in an Array: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, k]) {
  ints('nums', nums, 1, 1e5, -1e4, 1e4);
  int('k', k, 1, nums.length);
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
