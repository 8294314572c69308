var minEatingSpeed = function (piles, h) {
  const hoursAt = (speed) => {
    let hours = 0;
    for (const pile of piles) hours += Math.floor(pile / speed);
    return hours;
  };
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
