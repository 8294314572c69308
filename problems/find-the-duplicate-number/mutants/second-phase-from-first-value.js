var findDuplicate = function (nums) {
  let slow = nums[0];
  let fast = nums[nums[0]];
  while (slow !== fast) {
    slow = nums[slow];
    fast = nums[nums[fast]];
  }
  // Starts the second phase at nums[0] instead of index 0: one step ahead of where it should be.
  let finder = nums[0];
  while (finder !== slow) {
    finder = nums[finder];
    slow = nums[slow];
  }
  return finder;
};
