/** LeetCode 97, Interleaving String: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s1, s2, s3]) {
  text('s1', s1, 0, 100, /[a-z]/, 'lowercase English letters');
  text('s2', s2, 0, 100, /[a-z]/, 'lowercase English letters');
  text('s3', s3, 0, 200, /[a-z]/, 'lowercase English letters');
  return true;
}
