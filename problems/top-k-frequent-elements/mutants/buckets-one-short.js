var topKFrequent = function (nums, k) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  const byCount = Array.from({ length: nums.length }, () => []);
  for (const [value, c] of count) if (c < nums.length) byCount[c].push(value);
  const result = [];
  for (let c = nums.length - 1; c > 0 && result.length < k; c--) {
    for (const value of byCount[c]) {
      if (result.length === k) break;
      result.push(value);
    }
  }
  return result;
};
