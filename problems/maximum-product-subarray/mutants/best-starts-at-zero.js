var maxProduct = function (nums) {
  let largestEndingHere = 1;
  let smallestEndingHere = 1;
  let best = 0;
  for (const x of nums) {
    const a = largestEndingHere * x;
    const b = smallestEndingHere * x;
    largestEndingHere = Math.max(x, a, b);
    smallestEndingHere = Math.min(x, a, b);
    best = Math.max(best, largestEndingHere);
  }
  return best;
};
