var findKthLargest = function (nums, k) {
  const distinct = Array.from(new Set(nums)).sort((a, b) => b - a);
  return distinct[Math.min(k, distinct.length) - 1];
};
