var rob = function (nums) {
  const n = nums.length;
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
  return Math.max(street(0, n - 2), street(1, n - 1));
};
