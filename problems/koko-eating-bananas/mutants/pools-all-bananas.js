var minEatingSpeed = function (piles, h) {
  const total = piles.reduce((a, b) => a + b, 0);
  const hoursAt = (speed) => Math.ceil(total / speed);
  let lo = 1;
  let hi = piles.reduce((a, b) => Math.max(a, b), 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hoursAt(mid) <= h) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
};
