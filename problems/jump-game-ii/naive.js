/**
 * Naive: fewest[i] is the fewest jumps to reach i; every index relaxes every index it can jump to,
 * so O(n * max(nums)), O(n^2) when the values are as large as the array.
 */
var jump = function (nums) {
  const n = nums.length;
  const fewest = new Array(n).fill(Infinity);
  fewest[0] = 0;
  for (let i = 0; i < n; i++) {
    for (let step = 1; step <= nums[i] && i + step < n; step++) fewest[i + step] = Math.min(fewest[i + step], fewest[i] + 1);
  }
  return fewest[n - 1];
};
