/**
 * @param {number[]} nums
 * @return {number}
 */
var rob = function (nums) {
  // At each house the best haul either skips it (keep the previous best) or takes it on top of
  // the best haul that ended two houses back.
  let beforePrev = 0;
  let prev = 0;
  for (const money of nums) {
    const here = Math.max(prev, beforePrev + money);
    beforePrev = prev;
    prev = here;
  }
  return prev;
};
