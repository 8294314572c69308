/** LeetCode 100, Same Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([p, q]) {
  tree('p', p, 0, 100, -1e4, 1e4);
  tree('q', q, 0, 100, -1e4, 1e4);
  return true;
}
