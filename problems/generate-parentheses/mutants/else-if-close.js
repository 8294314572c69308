var generateParenthesis = function (n) {
  const balanced = [];
  const extend = (prefix, opened, closed) => {
    if (prefix.length === 2 * n) {
      balanced.push(prefix);
      return;
    }
    if (opened < n) extend(prefix + '(', opened + 1, closed);
    else if (closed < opened) extend(prefix + ')', opened, closed + 1);
  };
  extend('', 0, 0);
  return balanced;
};
