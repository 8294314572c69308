var rob = function (nums) {
  // Plain recursion without memoisation: rob house i and jump two ahead, or skip it — O(2^n)
  // (about 1.6^n calls), since the same suffixes are solved over and over.
  const best = (i) => {
    if (i >= nums.length) return 0;
    return Math.max(best(i + 1), nums[i] + best(i + 2));
  };
  return best(0);
};
