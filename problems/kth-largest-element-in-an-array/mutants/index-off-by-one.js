var findKthLargest = function (nums, k) {
  const sorted = nums.slice().sort((a, b) => b - a);
  return sorted[Math.min(k, sorted.length - 1)];
};
