/** LeetCode 45, Jump Game II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 1e4, 0, 1000);
  let reach = 0;
  for (let i = 0; i < nums.length && i <= reach; i++) reach = Math.max(reach, i + nums[i]);
  if (reach < nums.length - 1) fail('index nums.length - 1 must be reachable from index 0');
  return true;
}
