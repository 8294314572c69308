/**
 * @param {character[][]} board
 * @return {void} Do not return anything, modify board in-place instead.
 */
var solve = function (board) {
  const rows = board.length;
  const cols = board[0].length;
  const rowSteps = [1, -1, 0, 0];
  const colSteps = [0, 0, 1, -1];
  // An 'O' region escapes capture exactly when it touches the border, so search from the border's
  // 'O' cells and mark everything they reach as safe; every 'O' left unmarked is surrounded.
  const safe = new Uint8Array(rows * cols);
  const stack = [];
  const reach = (r, c) => {
    if (board[r][c] !== 'O' || safe[r * cols + c] === 1) return;
    safe[r * cols + c] = 1;
    stack.push(r, c);
  };
  for (let c = 0; c < cols; c++) {
    reach(0, c);
    reach(rows - 1, c);
  }
  while (stack.length > 0) {
    const c = stack.pop();
    const r = stack.pop();
    for (let d = 0; d < 4; d++) {
      const nr = r + rowSteps[d];
      const nc = c + colSteps[d];
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols) reach(nr, nc);
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (board[r][c] === 'O' && safe[r * cols + c] === 0) board[r][c] = 'X';
  }
};
