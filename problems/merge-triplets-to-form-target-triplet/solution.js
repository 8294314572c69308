/**
 * @param {number[][]} triplets
 * @param {number[]} target
 * @return {boolean}
 */
var mergeTriplets = function (triplets, target) {
  // A triplet larger than the target anywhere can never be used: a merge only keeps maxima.
  // Every other triplet is safe to merge, so the target is reachable exactly when the safe
  // triplets reach each target value in some coordinate.
  const reached = [false, false, false];
  for (const t of triplets) {
    if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
    for (let j = 0; j < 3; j++) {
      if (t[j] === target[j]) reached[j] = true;
    }
  }
  return reached[0] && reached[1] && reached[2];
};
