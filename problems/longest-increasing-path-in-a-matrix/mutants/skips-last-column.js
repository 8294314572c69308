var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const best = Array.from({ length: rows }, () => new Array(cols).fill(0));
  const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  const from = (r, c) => {
    if (best[r][c] !== 0) return best[r][c];
    let longest = 1;
    for (const [dr, dc] of steps) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr >= 0 && nc >= 0 && nr < rows && nc < cols - 1 && matrix[nr][nc] > matrix[r][c]) longest = Math.max(longest, 1 + from(nr, nc));
    }
    best[r][c] = longest;
    return longest;
  };
  let answer = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) answer = Math.max(answer, from(r, c));
  return answer;
};
