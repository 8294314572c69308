var threeSum = function (nums) {
  const seen = new Set();
  const triplets = [];
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      for (let k = j + 1; k < nums.length; k++) {
        if (nums[i] + nums[j] + nums[k] !== 0) continue;
        const t = [nums[i], nums[j], nums[k]].sort((a, b) => a - b);
        const key = t.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          triplets.push(t);
        }
      }
    }
  }
  return triplets;
};
