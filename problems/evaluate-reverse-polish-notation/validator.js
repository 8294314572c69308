/** LeetCode 150, Evaluate Reverse Polish Notation: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([tokens]) {
  array('tokens', tokens, 1, 1e4);
  // Replays the expression: it must be well formed, never divide by zero, and stay within 32 bits.
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (typeof token === 'string' && /^-?\d{1,3}$/.test(token) && Math.abs(Number(token)) <= 200) {
      stack.push(Number(token));
      continue;
    }
    if (!['+', '-', '*', '/'].includes(token)) fail(`tokens[${i}] must be "+", "-", "*", "/" or an integer in [-200, 200] (found ${JSON.stringify(token)})`);
    if (stack.length < 2) fail(`tokens must form a valid reverse Polish expression (the operator at tokens[${i}] lacks an operand)`);
    const b = stack.pop();
    const a = stack.pop();
    if (token === '/' && b === 0) fail(`no division by zero may occur (tokens[${i}] divides by zero)`);
    const value = token === '+' ? a + b : token === '-' ? a - b : token === '*' ? a * b : Math.trunc(a / b);
    if (value < -(2 ** 31) || value > 2 ** 31 - 1) fail(`every intermediate result must fit in a 32-bit integer (tokens[${i}] gives ${value})`);
    stack.push(value);
  }
  if (stack.length !== 1) fail(`tokens must form a valid reverse Polish expression (${stack.length} values are left at the end)`);
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
