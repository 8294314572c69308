/** LeetCode 3, Longest Substring Without Repeating Characters: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 0, 5e4, /[ -~]/, 'English letters, digits, symbols and spaces');
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
