/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function (nums) {
  // x ^ x = 0 and XOR is order-free, so every pair cancels and only the lone value survives.
  let lone = 0;
  for (const value of nums) lone ^= value;
  return lone;
};
