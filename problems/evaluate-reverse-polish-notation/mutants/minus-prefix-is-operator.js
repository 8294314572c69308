var evalRPN = function (tokens) {
  const operands = [];
  for (const token of tokens) {
    if ('+-*/'.includes(token[0])) {
      const right = operands.pop();
      const left = operands.pop();
      let result;
      if (token[0] === '+') result = left + right;
      else if (token[0] === '-') result = left - right;
      else if (token[0] === '*') result = left * right;
      else result = Math.trunc(left / right);
      operands.push(result === 0 ? 0 : result);
    } else operands.push(Number(token));
  }
  return operands[0];
};
