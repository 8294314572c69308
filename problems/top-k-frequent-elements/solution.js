/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var topKFrequent = function (nums, k) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  // A count never exceeds nums.length, so bucketing by count replaces a sort.
  const byCount = new Array(nums.length + 1);
  for (const [value, c] of count) {
    if (byCount[c]) byCount[c].push(value);
    else byCount[c] = [value];
  }
  const result = [];
  for (let c = nums.length; c > 0 && result.length < k; c--) {
    if (!byCount[c]) continue;
    for (const value of byCount[c]) {
      if (result.length === k) break;
      result.push(value);
    }
  }
  return result;
};
