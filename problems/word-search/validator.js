/** LeetCode 79, Word Search: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([board, word]) {
  const [m, n] = grid('board', board, 1, 6);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) text(`board[${i}][${j}]`, board[i][j], 1, 1, /[A-Za-z]/, 'lowercase and uppercase English letters');
  text('word', word, 1, 15, /[A-Za-z]/, 'lowercase and uppercase English letters');
  return true;
}
