var canPartition = function (nums) {
  let total = 0;
  for (const x of nums) total += x;
  if (total % 2 !== 0) return false;
  const half = total / 2;
  const reach = new Array(half + 1).fill(false);
  reach[0] = true;
  for (const x of nums) {
    // Stops one sum too early: an element can never start a subset on its own.
    for (let s = half; s > x; s--) {
      if (reach[s - x]) reach[s] = true;
    }
  }
  return reach[half];
};
