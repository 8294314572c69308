/** LeetCode 647, Palindromic Substrings: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 1000, /[a-z]/, 'lowercase English letters');
  return true;
}
