var rob = function (nums) {
  let beforePrev = 0;
  let prev = 0;
  for (const money of nums) {
    const here = Math.max(prev, beforePrev + money);
    beforePrev = prev;
    prev = here;
  }
  return prev;
};
