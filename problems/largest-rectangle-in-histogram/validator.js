/** LeetCode 84, Largest Rectangle in Histogram: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([heights]) {
  ints('heights', heights, 1, 1e5, 0, 1e4);
  return true;
}
