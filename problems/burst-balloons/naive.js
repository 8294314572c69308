/**
 * Naive: try every balloon as the next one to burst and recurse on the remaining row, with no
 * memo, so O(n!) calls.
 */
var maxCoins = function (nums) {
  const go = (row) => {
    if (row.length === 0) return 0;
    let top = 0;
    for (let i = 0; i < row.length; i++) {
      const left = i > 0 ? row[i - 1] : 1;
      const right = i + 1 < row.length ? row[i + 1] : 1;
      const rest = row.slice(0, i).concat(row.slice(i + 1));
      top = Math.max(top, left * row[i] * right + go(rest));
    }
    return top;
  };
  return go(nums);
};
