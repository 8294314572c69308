var findKthLargest = function (nums, k) {
  const sorted = nums.slice().sort().reverse();
  return sorted[k - 1];
};
