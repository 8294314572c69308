var rob = function (nums) {
  const order = nums.map((_, i) => i).sort((a, b) => nums[b] - nums[a] || a - b);
  const blocked = new Array(nums.length).fill(false);
  let total = 0;
  for (const i of order) {
    if (blocked[i]) continue;
    total += nums[i];
    blocked[i] = true;
    if (i > 0) blocked[i - 1] = true;
    if (i + 1 < nums.length) blocked[i + 1] = true;
  }
  return total;
};
