/** LeetCode 238, Product of Array Except Self: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 2, 1e5, -30, 30);
  // Any prefix or suffix product beyond 32 bits is refused as soon as it appears, so doubles stay exact.
  for (const [from, step] of [[0, 1], [nums.length - 1, -1]]) {
    let product = 1;
    for (let i = from; i >= 0 && i < nums.length; i += step) {
      product *= nums[i];
      if (product < -(2 ** 31) || product > 2 ** 31 - 1) fail(`the product of every prefix and suffix of nums must fit in a 32-bit integer (${step > 0 ? 'prefix' : 'suffix'} through index ${i} does not)`);
    }
  }
  return true;
}
