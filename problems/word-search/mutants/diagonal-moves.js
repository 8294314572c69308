var exist = function (board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const follow = (r, c, k) => {
    if (k === word.length) return true;
    if (r < 0 || c < 0 || r >= rows || c >= cols || board[r][c] !== word[k]) return false;
    const saved = board[r][c];
    board[r][c] = '#';
    let found = false;
    for (let dr = -1; dr <= 1 && !found; dr++) {
      for (let dc = -1; dc <= 1 && !found; dc++) {
        if (dr !== 0 || dc !== 0) found = follow(r + dr, c + dc, k + 1);
      }
    }
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
