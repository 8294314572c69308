/** LeetCode 678, Valid Parenthesis String: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 100, /[()*]/, "'(', ')' or '*'");
  return true;
}
