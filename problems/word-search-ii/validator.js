/** LeetCode 212, Word Search II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([board, words]) {
  const [m, n] = grid('board', board, 1, 12);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) text(`board[${i}][${j}]`, board[i][j], 1, 1, /[a-z]/, 'lowercase English letters');
  array('words', words, 1, 30000);
  for (let i = 0; i < words.length; i++) text(`words[${i}]`, words[i], 1, 10, /[a-z]/, 'lowercase English letters');
  distinct('words', words);
  return true;
}
