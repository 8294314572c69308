/** LeetCode 5, Longest Palindromic Substring: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 1000, /[0-9A-Za-z]/, 'digits and English letters');
  return true;
}
