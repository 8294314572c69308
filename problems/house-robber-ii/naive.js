var rob = function (nums) {
  // Plain recursion without memoisation, remembering whether house 0 was robbed: O(2^n) calls.
  const n = nums.length;
  if (n === 1) return nums[0];
  const best = (i, tookFirst) => {
    if (i >= n) return 0;
    const skip = best(i + 1, tookFirst);
    if (i === n - 1 && tookFirst) return skip;
    return Math.max(skip, nums[i] + best(i + 2, tookFirst || i === 0));
  };
  return best(0, false);
};
