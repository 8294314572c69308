var topKFrequent = function (nums, k) {
  const count = [];
  for (const x of nums) count[x] = (count[x] || 0) + 1;
  const pairs = [];
  for (let v = 0; v < count.length; v++) if (count[v]) pairs.push([v, count[v]]);
  pairs.sort((a, b) => b[1] - a[1]);
  return pairs.slice(0, k).map((p) => p[0]);
};
