/**
 * Naive: every start index, multiplying forward to every end index, O(n^2).
 */
var maxProduct = function (nums) {
  let best = -Infinity;
  for (let start = 0; start < nums.length; start++) {
    let product = 1;
    for (let end = start; end < nums.length; end++) {
      product *= nums[end];
      if (product > best) best = product;
    }
  }
  return best;
};
