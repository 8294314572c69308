/** LeetCode 42, Trapping Rain Water: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([height]) {
  ints('height', height, 1, 2e4, 0, 1e5);
  return true;
}
