/** LeetCode 143, Reorder List: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head]) {
  ints('head', head, 1, 50000, 1, 1000);
  return true;
}
