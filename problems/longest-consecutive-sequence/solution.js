/**
 * @param {number[]} nums
 * @return {number}
 */
var longestConsecutive = function (nums) {
  const present = new Set(nums);
  let longest = 0;
  for (const x of present) {
    // Only walk from the smallest value of a run, so each value is visited a bounded number of times.
    if (present.has(x - 1)) continue;
    let length = 1;
    while (present.has(x + length)) length++;
    if (length > longest) longest = length;
  }
  return longest;
};
