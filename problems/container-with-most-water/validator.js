/** LeetCode 11, Container With Most Water: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([height]) {
  ints('height', height, 2, 1e5, 0, 1e4);
  return true;
}
