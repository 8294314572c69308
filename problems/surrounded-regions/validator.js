/** LeetCode 130, Surrounded Regions: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([board]) {
  const [m, n] = grid('board', board, 1, 200);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (board[i][j] !== 'X' && board[i][j] !== 'O') fail(`board[${i}][${j}] must be 'X' or 'O'`);
  return true;
}
