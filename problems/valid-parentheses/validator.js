/** LeetCode 20, Valid Parentheses: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 1e4, /[()[\]{}]/, "only the characters '()[]{}'");
  return true;
}
