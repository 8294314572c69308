var rob = function (nums) {
  const n = nums.length;
  if (n === 1) return nums[0];
  const street = (first, last) => {
    let beforePrev = 0;
    let prev = 0;
    for (let i = first; i <= last; i++) {
      const here = Math.max(prev, beforePrev + nums[i]);
      beforePrev = prev;
      prev = here;
    }
    return prev;
  };
  return Math.max(street(0, n - 2), street(1, n - 2));
};
