var canPartition = function (nums) {
  let total = 0;
  for (const x of nums) total += x;
  // Forgets that an odd total can never split evenly and rounds half down instead.
  const half = Math.floor(total / 2);
  const reach = new Array(half + 1).fill(false);
  reach[0] = true;
  for (const x of nums) {
    for (let s = half; s >= x; s--) {
      if (reach[s - x]) reach[s] = true;
    }
  }
  return reach[half];
};
