function generate(size, rng) {
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
