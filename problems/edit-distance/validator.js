/** LeetCode 72, Edit Distance: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([word1, word2]) {
  text('word1', word1, 0, 500, /[a-z]/, 'lowercase English letters');
  text('word2', word2, 0, 500, /[a-z]/, 'lowercase English letters');
  return true;
}
