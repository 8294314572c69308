/** LeetCode 152, Maximum Product Subarray: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 2e4, -10, 10);
  // The largest and smallest products of subarrays ending at each index bound every subarray's
  // product; both stay exact because the scan stops at the first one outside 32 bits.
  let largest = 1;
  let smallest = 1;
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    const a = largest * x;
    const b = smallest * x;
    largest = Math.max(x, a, b);
    smallest = Math.min(x, a, b);
    if (largest > 2 ** 31 - 1 || smallest < -(2 ** 31)) {
      fail('the product of any subarray of nums must fit in a 32-bit integer (the subarray ending at index ' + i + ' does not)');
    }
  }
  return true;
}
