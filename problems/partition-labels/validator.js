/** LeetCode 763, Partition Labels: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 500, /[a-z]/, 'lowercase English letters');
  return true;
}
