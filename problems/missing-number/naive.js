/** Naive: for each candidate 0..n, scan nums for it, O(n^2). */
var missingNumber = function (nums) {
  for (let v = 0; v <= nums.length; v++) {
    let found = false;
    for (let j = 0; j < nums.length; j++) if (nums[j] === v) found = true;
    if (!found) return v;
  }
  return -1;
};
