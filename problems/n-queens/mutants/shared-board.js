var solveNQueens = function (n) {
  const result = [];
  const board = new Array(n).fill('.'.repeat(n));
  const safe = (row, col) => {
    for (let r = 0; r < row; r++) {
      const c = board[r].indexOf('Q');
      if (c === col || Math.abs(c - col) === row - r) return false;
    }
    return true;
  };
  const place = (row) => {
    if (row === n) {
      result.push(board);
      return;
    }
    for (let col = 0; col < n; col++) {
      if (!safe(row, col)) continue;
      board[row] = '.'.repeat(col) + 'Q' + '.'.repeat(n - col - 1);
      place(row + 1);
      board[row] = '.'.repeat(n);
    }
  };
  place(0);
  return result;
};
