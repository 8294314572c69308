// Find the first operator, replace it and its two operands by their value, and rescan from the start: O(n^2).
var evalRPN = function (tokens) {
  const rest = tokens.slice();
  for (;;) {
    let at = -1;
    for (let i = 0; i < rest.length; i++) {
      const t = rest[i];
      if (t === '+' || t === '-' || t === '*' || t === '/') {
        at = i;
        break;
      }
    }
    if (at === -1) return Number(rest[0]);
    const left = Number(rest[at - 2]);
    const right = Number(rest[at - 1]);
    let result;
    if (rest[at] === '+') result = left + right;
    else if (rest[at] === '-') result = left - right;
    else if (rest[at] === '*') result = left * right;
    else result = Math.trunc(left / right);
    rest.splice(at - 2, 3, String(result === 0 ? 0 : result));
  }
};
