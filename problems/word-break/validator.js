/** LeetCode 139, Word Break: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, wordDict]) {
  text('s', s, 1, 300, /[a-z]/, 'lowercase English letters');
  array('wordDict', wordDict, 1, 1000);
  for (let i = 0; i < wordDict.length; i++) text(`wordDict[${i}]`, wordDict[i], 1, 20, /[a-z]/, 'lowercase English letters');
  distinct('wordDict', wordDict);
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

function array(name, a, minLength, maxLength) {
  if (!Array.isArray(a)) fail(`${name} must be an array`);
  if (a.length < minLength || a.length > maxLength) fail(`${name}.length must be between ${show(minLength)} and ${show(maxLength)}`);
}

/** A string of minLength..maxLength characters, each matching `allowed` (a one-character RegExp). */
function text(name, s, minLength, maxLength, allowed, described) {
  if (typeof s !== 'string') fail(`${name} must be a string`);
  if (s.length < minLength || s.length > maxLength) fail(`${name}.length must be between ${show(minLength)} and ${show(maxLength)}`);
  for (let i = 0; i < s.length; i++) {
    if (!allowed.test(s[i])) fail(`${name} must consist of ${described} (${name}[${i}] is ${JSON.stringify(s[i])})`);
  }
}

function distinct(name, a) {
  const seen = new Set();
  for (let i = 0; i < a.length; i++) {
    if (seen.has(a[i])) fail(`all values in ${name} must be unique (${JSON.stringify(a[i])} repeats at ${name}[${i}])`);
    seen.add(a[i]);
  }
}
