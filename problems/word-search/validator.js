/** LeetCode 79, Word Search: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([board, word]) {
  const [m, n] = grid('board', board, 1, 6);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) text(`board[${i}][${j}]`, board[i][j], 1, 1, /[A-Za-z]/, 'lowercase and uppercase English letters');
  text('word', word, 1, 15, /[A-Za-z]/, 'lowercase and uppercase English letters');
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
