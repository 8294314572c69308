/** LeetCode 125, Valid Palindrome: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 2e5, /[ -~]/, 'printable ASCII characters');
  return true;
}
