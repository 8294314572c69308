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
