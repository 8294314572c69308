var maxSubArray = function (nums) {
  let endingHere = 0;
  let best = 0;
  for (const x of nums) {
    endingHere = Math.max(0, endingHere + x);
    if (endingHere > best) best = endingHere;
  }
  return best;
};
