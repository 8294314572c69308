/** LeetCode 36, Valid Sudoku: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([board]) {
  const [m, n] = grid('board', board, 9, 9);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) text(`board[${i}][${j}]`, board[i][j], 1, 1, /[1-9.]/, "digits 1-9 or '.'");
  return true;
}
