/**
 * @param {number} n
 * @return {number[]}
 */
var countBits = function (n) {
  // i >> 1 is i without its last bit and is smaller than i, so its count is already known.
  const ones = new Array(n + 1);
  ones[0] = 0;
  for (let i = 1; i <= n; i++) ones[i] = ones[i >> 1] + (i & 1);
  return ones;
};
