// Greedy: always pops the balloon with the smallest number first.
var maxCoins = function (nums) {
  const row = nums.slice();
  let total = 0;
  while (row.length > 0) {
    let at = 0;
    for (let i = 1; i < row.length; i++) if (row[i] < row[at]) at = i;
    const left = at > 0 ? row[at - 1] : 1;
    const right = at + 1 < row.length ? row[at + 1] : 1;
    total += left * row[at] * right;
    row.splice(at, 1);
  }
  return total;
};
