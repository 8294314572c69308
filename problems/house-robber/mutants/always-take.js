var rob = function (nums) {
  const endingHere = [];
  for (let i = 0; i < nums.length; i++) endingHere[i] = (i >= 2 ? endingHere[i - 2] : 0) + nums[i];
  const n = nums.length;
  return n === 1 ? endingHere[0] : Math.max(endingHere[n - 1], endingHere[n - 2]);
};
