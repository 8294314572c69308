/** LeetCode 1046, Last Stone Weight: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([stones]) {
  ints('stones', stones, 1, 30, 1, 1000);
  return true;
}
