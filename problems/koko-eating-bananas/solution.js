/**
 * @param {number[]} piles
 * @param {number} h
 * @return {number}
 */
var minEatingSpeed = function (piles, h) {
  const hoursAt = (speed) => {
    let hours = 0;
    for (const pile of piles) hours += Math.ceil(pile / speed);
    return hours;
  };
  // Finishing in time is monotone in the speed: the answer is the first feasible speed in [1, largest pile].
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
