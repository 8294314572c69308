/** Naive: count every value's occurrences with a full scan, O(n^2). */
var singleNumber = function (nums) {
  for (let i = 0; i < nums.length; i++) {
    let count = 0;
    for (let j = 0; j < nums.length; j++) if (nums[j] === nums[i]) count++;
    if (count === 1) return nums[i];
  }
  return 0;
};
