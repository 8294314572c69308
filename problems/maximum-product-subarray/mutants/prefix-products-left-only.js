var maxProduct = function (nums) {
  let best = -Infinity;
  let prefix = 1;
  for (const x of nums) {
    prefix *= x;
    best = Math.max(best, prefix);
    if (prefix === 0) prefix = 1;
  }
  return best;
};
