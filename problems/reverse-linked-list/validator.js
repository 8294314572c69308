/** LeetCode 206, Reverse Linked List: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head]) {
  ints('head', head, 0, 5000, -5000, 5000);
  return true;
}
