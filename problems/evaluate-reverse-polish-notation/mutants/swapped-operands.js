var evalRPN = function (tokens) {
  const operands = [];
  for (const token of tokens) {
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const left = operands.pop();
      const right = operands.pop();
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
