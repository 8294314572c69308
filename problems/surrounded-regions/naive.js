/**
 * Naive: for every 'O' cell, search its region afresh (own visited set) to see whether it reaches the
 * border, and capture the cell when it does not. A captured region of k cells is searched k times, so
 * one grid-wide surrounded region costs O((m·n)^2).
 */
var solve = function (board) {
  const rows = board.length;
  const cols = board[0].length;
  const capture = [];
  for (let sr = 0; sr < rows; sr++) {
    for (let sc = 0; sc < cols; sc++) {
      if (board[sr][sc] !== 'O') continue;
      const seen = new Set([sr * cols + sc]);
      const stack = [[sr, sc]];
      let escapes = false;
      while (stack.length > 0 && !escapes) {
        const [r, c] = stack.pop();
        if (r === 0 || c === 0 || r === rows - 1 || c === cols - 1) escapes = true;
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || board[nr][nc] !== 'O') continue;
          const key = nr * cols + nc;
          if (seen.has(key)) continue;
          seen.add(key);
          stack.push([nr, nc]);
        }
      }
      if (!escapes) capture.push([sr, sc]);
    }
  }
  for (const [r, c] of capture) board[r][c] = 'X';
};
