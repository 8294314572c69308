// Greedy: always pops the balloon whose product with its neighbours is largest.
var maxCoins = function (nums) {
  const row = nums.slice();
  let total = 0;
  while (row.length > 0) {
    let at = 0;
    let bestGain = -1;
    for (let i = 0; i < row.length; i++) {
      const gain = (i > 0 ? row[i - 1] : 1) * row[i] * (i + 1 < row.length ? row[i + 1] : 1);
      if (gain > bestGain) { bestGain = gain; at = i; }
    }
    total += bestGain;
    row.splice(at, 1);
  }
  return total;
};
