var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  let answer = 0;
  for (let r0 = 0; r0 < rows; r0++) {
    for (let c0 = 0; c0 < cols; c0++) {
      // Always step to the largest bigger neighbour.
      let r = r0;
      let c = c0;
      let length = 1;
      for (;;) {
        let next = null;
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && matrix[nr][nc] > matrix[r][c] && (next === null || matrix[nr][nc] > matrix[next[0]][next[1]])) next = [nr, nc];
        }
        if (next === null) break;
        [r, c] = next;
        length++;
      }
      answer = Math.max(answer, length);
    }
  }
  return answer;
};
