var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const best = Array.from({ length: rows }, () => new Array(cols).fill(0));
  const from = (r, c) => {
    if (best[r][c] !== 0) return best[r][c];
    let longest = 1;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && matrix[nr][nc] > matrix[r][c]) longest = Math.max(longest, 1 + from(nr, nc));
    }
    best[r][c] = longest;
    return longest;
  };
  // Starts only from the cells holding the smallest value.
  let low = Infinity;
  for (const row of matrix) for (const v of row) low = Math.min(low, v);
  let answer = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (matrix[r][c] === low) answer = Math.max(answer, from(r, c));
  return answer;
};
