var maxProduct = function (nums) {
  let best = -Infinity;
  let largestEndingHere = 1;
  let smallestEndingHere = 1;
  for (const x of nums) {
    if (x === 0) {
      largestEndingHere = 1;
      smallestEndingHere = 1;
      continue;
    }
    const a = largestEndingHere * x;
    const b = smallestEndingHere * x;
    largestEndingHere = Math.max(x, a, b);
    smallestEndingHere = Math.min(x, a, b);
    best = Math.max(best, largestEndingHere);
  }
  return best;
};
