// Plain depth-first search from every cell without remembering results: exponential on a sloped grid.
var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const from = (r, c) => {
    let longest = 1;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && matrix[nr][nc] > matrix[r][c]) longest = Math.max(longest, 1 + from(nr, nc));
    }
    return longest;
  };
  let answer = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) answer = Math.max(answer, from(r, c));
  return answer;
};
