var solveNQueens = function (n) {
  if (n < 4) return [];
  const result = [];
  const queenCol = new Array(n).fill(0);
  const colUsed = new Array(n).fill(false);
  const diagUsed = new Array(2 * n).fill(false); // row - col + n
  const antiUsed = new Array(2 * n).fill(false); // row + col
  const place = (row) => {
    if (row === n) {
      result.push(queenCol.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
      return;
    }
    for (let col = 0; col < n; col++) {
      const d = row - col + n;
      const a = row + col;
      if (colUsed[col] || diagUsed[d] || antiUsed[a]) continue;
      colUsed[col] = diagUsed[d] = antiUsed[a] = true;
      queenCol[row] = col;
      place(row + 1);
      colUsed[col] = diagUsed[d] = antiUsed[a] = false;
    }
  };
  place(0);
  return result;
};
