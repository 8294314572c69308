/** LeetCode 703, Kth Largest Element in a Stream: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'KthLargest', { KthLargest: 2, add: 1 }, 1e4);
  const [k, nums] = args[0];
  ints('nums', nums, 0, 1e4, -1e4, 1e4);
  int('k', k, 1, nums.length + 1);
  for (let i = 1; i < ops.length; i++) int(`arguments[${i}][0] (val)`, args[i][0], -1e4, 1e4);
  return true;
}
