/** LeetCode 22, Generate Parentheses: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 1, 8);
  return true;
}
