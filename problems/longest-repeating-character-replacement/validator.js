/** LeetCode 424, Longest Repeating Character Replacement: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, k]) {
  text('s', s, 1, 1e5, /[A-Z]/, 'uppercase English letters');
  int('k', k, 0, s.length);
  return true;
}
