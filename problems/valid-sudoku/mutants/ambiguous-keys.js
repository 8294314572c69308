var isValidSudoku = function (board) {
  const seen = new Set();
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 9; c++) {
      const d = board[r][c];
      if (d === '.') continue;
      const keys = ['' + r + d, d + c, 'b' + Math.floor(r / 3) + Math.floor(c / 3) + d];
      for (const k of keys) {
        if (seen.has(k)) return false;
        seen.add(k);
      }
    }
  }
  return true;
};
