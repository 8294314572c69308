/** LeetCode 131, Palindrome Partitioning: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 16, /[a-z]/, 'lowercase English letters');
  return true;
}
