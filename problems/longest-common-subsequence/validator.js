/** LeetCode 1143, Longest Common Subsequence: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([text1, text2]) {
  text('text1', text1, 1, 1000, /[a-z]/, 'lowercase English letters');
  text('text2', text2, 1, 1000, /[a-z]/, 'lowercase English letters');
  return true;
}
