var threeSum = function (nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const n = sorted.length;
  const triplets = [];
  for (let i = 0; i < n - 2; i++) {
    if (sorted[i] > 0) break;
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        triplets.push([sorted[i], sorted[lo], sorted[hi]]);
        lo++;
        hi--;
      }
    }
  }
  return triplets;
};
