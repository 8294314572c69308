var findKthLargest = function (nums, k) {
  return nums.slice().sort((a, b) => a - b)[k - 1];
};
