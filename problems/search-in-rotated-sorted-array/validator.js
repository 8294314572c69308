/** LeetCode 33, Search in Rotated Sorted Array: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, target]) {
  ints('nums', nums, 1, 5000, -1e4, 1e4);
  int('target', target, -1e4, 1e4);
  distinct('nums', nums);
  // An ascending array rotated at most once: one descent at most, and then the end below the start.
  let descents = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i - 1] > nums[i]) descents++;
  if (descents > 1 || (descents === 1 && nums[nums.length - 1] > nums[0])) fail('nums must be an ascending array, possibly rotated');
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

function distinct(name, a) {
  const seen = new Set();
  for (let i = 0; i < a.length; i++) {
    if (seen.has(a[i])) fail(`all values in ${name} must be unique (${JSON.stringify(a[i])} repeats at ${name}[${i}])`);
    seen.add(a[i]);
  }
}
