var topKFrequent = function (nums, k) {
  const count = {};
  for (const x of nums) count[x] = (count[x] || 0) + 1;
  return Object.keys(count)
    .sort((a, b) => count[b] - count[a])
    .slice(0, k);
};
