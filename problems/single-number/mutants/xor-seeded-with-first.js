var singleNumber = function (nums) {
  let lone = nums[0];
  for (let i = 0; i < nums.length; i++) lone ^= nums[i];
  return lone;
};
