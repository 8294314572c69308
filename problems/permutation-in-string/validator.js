/** LeetCode 567, Permutation in String: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s1, s2]) {
  text('s1', s1, 1, 1e4, /[a-z]/, 'lowercase English letters');
  text('s2', s2, 1, 1e4, /[a-z]/, 'lowercase English letters');
  return true;
}
