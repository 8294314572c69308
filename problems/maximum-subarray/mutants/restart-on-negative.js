var maxSubArray = function (nums) {
  let endingHere = 0;
  let best = -Infinity;
  for (const x of nums) {
    endingHere = x < 0 ? x : Math.max(x, endingHere + x);
    if (endingHere > best) best = endingHere;
  }
  return best;
};
