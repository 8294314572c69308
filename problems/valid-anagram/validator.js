/** LeetCode 242, Valid Anagram: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, t]) {
  text('s', s, 1, 5e4, /[a-z]/, 'lowercase English letters');
  text('t', t, 1, 5e4, /[a-z]/, 'lowercase English letters');
  return true;
}
