var topKFrequent = function (nums, k) {
  const distinct = [...new Set(nums)];
  const counted = distinct.map((v) => [v, nums.filter((x) => x === v).length]);
  counted.sort((a, b) => b[1] - a[1]);
  return counted.slice(0, k).map((p) => p[0]);
};
