function generate(size, rng, shape) {
  if (shape !== undefined) return shaped(Math.max(1, size), rng, shape);
  const side = Math.max(1, Math.min(6, size));
  const letters = 'abc';
  const board = [];
  for (let r = 0; r < side; r++) {
    const row = [];
    for (let c = 0; c < side; c++) row.push(letters[Math.floor(rng() * letters.length)]);
    board.push(row);
  }
  const length = Math.min(15, side * side);
  let word = '';
  if (rng() < 0.5) {
    // Read the word off a random self-avoiding walk so it is present.
    const seen = new Set();
    let r = Math.floor(rng() * side);
    let c = Math.floor(rng() * side);
    while (word.length < length) {
      word += board[r][c];
      seen.add(r * side + c);
      const moves = [[1, 0], [-1, 0], [0, 1], [0, -1]]
        .map(([dr, dc]) => [r + dr, c + dc])
        .filter(([nr, nc]) => nr >= 0 && nc >= 0 && nr < side && nc < side && !seen.has(nr * side + nc));
      if (moves.length === 0) break;
      const pick = moves[Math.floor(rng() * moves.length)];
      r = pick[0];
      c = pick[1];
    }
  } else {
    for (let i = 0; i < length; i++) word += letters[Math.floor(rng() * letters.length)];
  }
  return [board, word];
}

/**
 * Boards where grid slips show: one row or one column (bounds on the other axis), wider than tall
 * and taller than wide (a column bound checked against the row count, a cell key r * rows + c), a
 * board of one letter (a cell used twice, a mark never cleared), and two letters in both cases
 * (case folded). size is the number of cells, at most 36. The word is read off a walk half the time.
 */
function shaped(cells, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const area = Math.min(36, cells);
  let rows;
  let cols;
  if (shape === 'single row' || shape === 'single column') {
    rows = 1;
    cols = Math.min(6, area);
  } else if (shape === 'wider than tall' || shape === 'taller than wide') {
    rows = 1 + pick(3);
    cols = Math.min(6, Math.max(rows + 1, Math.floor(area / rows)));
  } else if (shape === 'one letter' || shape === 'mixed case') {
    rows = Math.max(1, Math.min(6, Math.round(Math.sqrt(area))));
    cols = Math.max(1, Math.min(6, Math.ceil(area / rows)));
  } else throw new Error('unknown shape ' + shape);
  if (shape === 'single column' || shape === 'taller than wide') [rows, cols] = [cols, rows];
  const letters = shape === 'one letter' ? 'a' : shape === 'mixed case' ? 'aA' : 'abc';
  const board = Array.from({ length: rows }, () => Array.from({ length: cols }, () => letters[pick(letters.length)]));
  const longest = Math.min(15, rows * cols + (shape === 'one letter' ? 1 : 0));
  const length = 1 + pick(longest);
  if (shape === 'one letter') return [board, 'a'.repeat(length)];
  if (rng() < 0.5) return [board, Array.from({ length }, () => letters[pick(letters.length)]).join('')];
  let word = '';
  const seen = new Set();
  let r = pick(rows);
  let c = pick(cols);
  while (word.length < length) {
    word += board[r][c];
    seen.add(r + ',' + c);
    const moves = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].filter(
      ([nr, nc]) => nr >= 0 && nc >= 0 && nr < rows && nc < cols && !seen.has(nr + ',' + nc),
    );
    if (moves.length === 0) break;
    [r, c] = moves[pick(moves.length)];
  }
  return [board, word];
}
