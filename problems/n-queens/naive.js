/**
 * Brute force: every permutation of columns (one queen per row and column), checked for diagonal clashes
 * only once complete. O(n! * n^2) time, no pruning.
 * @param {number} n
 * @return {string[][]}
 */
var solveNQueens = function (n) {
  const result = [];
  const perm = [];
  const used = new Array(n).fill(false);
  const valid = () => {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (Math.abs(perm[i] - perm[j]) === j - i) return false;
    return true;
  };
  const build = () => {
    if (perm.length === n) {
      if (valid()) result.push(perm.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
      return;
    }
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      used[c] = true;
      perm.push(c);
      build();
      perm.pop();
      used[c] = false;
    }
  };
  build();
  return result;
};
