var findKthLargest = function (nums, k) {
  const kept = [];
  for (const value of nums) {
    kept.push(value);
    kept.sort((a, b) => a - b);
    if (kept.length > k + 1) kept.shift();
  }
  return kept[0];
};
