/** LeetCode 416, Partition Equal Subset Sum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 200, 1, 100);
  return true;
}
