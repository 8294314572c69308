var topKFrequent = function (nums, k) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  const pairs = [];
  for (const [value, c] of count) pairs.push([c, value]);
  pairs.sort().reverse();
  return pairs.slice(0, k).map((p) => p[1]);
};
