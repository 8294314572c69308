var exist = function (board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const follow = (r, c, k) => {
    if (k === word.length) return true;
    if (r < 0 || c < 0 || r >= rows - 1 || c >= cols || board[r][c] !== word[k]) return false;
    const saved = board[r][c];
    board[r][c] = '#';
    const found = follow(r + 1, c, k + 1) || follow(r - 1, c, k + 1) || follow(r, c + 1, k + 1) || follow(r, c - 1, k + 1);
    board[r][c] = saved;
    return found;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (follow(r, c, 0)) return true;
    }
  }
  return false;
};
