/**
 * @param {string[]} tokens
 * @return {number}
 */
var evalRPN = function (tokens) {
  const operands = [];
  for (const token of tokens) {
    // "-" alone is an operator; "-5" is a number, so test the whole token, not its first character.
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const right = operands.pop();
      const left = operands.pop();
      let result;
      if (token === '+') result = left + right;
      else if (token === '-') result = left - right;
      else if (token === '*') result = left * right;
      else result = Math.trunc(left / right);
      operands.push(result === 0 ? 0 : result);
    } else operands.push(Number(token));
  }
  return operands[0];
};
