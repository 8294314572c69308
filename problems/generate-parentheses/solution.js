/**
 * @param {number} n
 * @return {string[]}
 */
var generateParenthesis = function (n) {
  // Grow each string one character at a time, only ever adding a character that can still lead to
  // a balanced string: an opening one while fewer than n are open, a closing one while it has a partner.
  const balanced = [];
  const extend = (prefix, opened, closed) => {
    if (prefix.length === 2 * n) {
      balanced.push(prefix);
      return;
    }
    if (opened < n) extend(prefix + '(', opened + 1, closed);
    if (closed < opened) extend(prefix + ')', opened, closed + 1);
  };
  extend('', 0, 0);
  return balanced;
};
