var evalRPN = function (tokens) {
  const operands = [];
  for (const token of tokens) {
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const right = operands.pop();
      const left = operands.pop();
      if (token === '+') operands.push(left + right);
      else if (token === '-') operands.push(left - right);
      else if (token === '*') operands.push(left * right);
      else operands.push(left / right);
    } else operands.push(Number(token));
  }
  return operands[0];
};
