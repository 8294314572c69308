/** LeetCode 217, Contains Duplicate: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 1e5, -1e9, 1e9);
  return true;
}
