/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function (s) {
  const opening = { ')': '(', ']': '[', '}': '{' };
  const open = [];
  for (const c of s) {
    const expected = opening[c];
    if (expected === undefined) open.push(c);
    // A closer must match the most recent unclosed opener; an empty stack yields undefined and fails.
    else if (open.pop() !== expected) return false;
  }
  return open.length === 0;
};
