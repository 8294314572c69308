function generate(size, rng, shape) {
  const cells = Math.max(1, size);
  let pick = (limit) => 1 + Math.floor(rng() * limit);
  // The default shape has no upper cap so the efficiency tier can go past 200 x 200: a ring of 'X'
  // around one surrounded region of 'O', where searching each 'O' cell's region afresh is quadratic.
  // Below 20 x 20 the default is a random board instead, so that small default inputs (the mutation
  // gate's equivalence check) vary.
  if (shape === undefined && cells < 400) {
    const side = Math.floor(Math.sqrt(cells)) || 1;
    return [fill(1 + Math.floor(rng() * side), 1 + Math.floor(rng() * side), () => (rng() < 0.6 ? 'O' : 'X'))];
  }
  if (shape === undefined) {
    const side = Math.max(3, Math.floor(Math.sqrt(cells)));
    return [fill(side, side, (r, c) => (r === 0 || c === 0 || r === side - 1 || c === side - 1 ? 'X' : 'O'))];
  }
  const side = Math.min(200, cells);
  // A size of 200 x 200 or more asks for the full 200 x 200 board (the worst cases).
  if (cells >= 40000) pick = () => 200;
  switch (shape) {
    case 'random': {
      const share = 0.3 + rng() * 0.4;
      return [fill(pick(side), pick(side), () => (rng() < share ? 'O' : 'X'))];
    }
    case 'single row':
      return [fill(1, pick(side), () => (rng() < 0.6 ? 'O' : 'X'))];
    case 'single column':
      return [fill(pick(side), 1, () => (rng() < 0.6 ? 'O' : 'X'))];
    // Non-square boards: a cell key r * rows + c, or a border loop bounded by the wrong side,
    // collides or misses border cells only when the sides differ.
    case 'wider than tall': {
      const rows = 1 + pick(Math.min(4, side));
      return [fill(rows, Math.min(200, rows + pick(side)), () => (rng() < 0.6 ? 'O' : 'X'))];
    }
    case 'taller than wide': {
      const cols = 1 + pick(Math.min(4, side));
      return [fill(Math.min(200, cols + pick(side)), cols, () => (rng() < 0.6 ? 'O' : 'X'))];
    }
    // Rooms of 'O' behind 'X' walls, some walls with a door: a room is saved only through a chain
    // of doors that ends at the border.
    case 'rooms':
      return [rooms(pick(side), pick(side), rng)];
    // Concentric rings of 'X' and 'O', some cut by a gap: only rings joined to the border survive.
    case 'rings':
      return [rings(pick(side), pick(side), rng)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function fill(rows, cols, cell) {
  const board = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(cell(r, c));
    board.push(row);
  }
  return board;
}

function rooms(rows, cols, rng) {
  const span = 2 + Math.floor(rng() * 4);
  const board = fill(rows, cols, (r, c) => (r % span === 0 || c % span === 0 ? 'X' : 'O'));
  const doors = 1 + Math.floor((rows * cols) / 12);
  for (let k = 0; k < doors; k++) {
    const r = Math.floor(rng() * rows);
    const c = Math.floor(rng() * cols);
    if (board[r][c] === 'X' && rng() < 0.7) board[r][c] = 'O';
  }
  return board;
}

function rings(rows, cols, rng) {
  const board = fill(rows, cols, (r, c) => (Math.min(r, c, rows - 1 - r, cols - 1 - c) % 2 === 0 ? 'X' : 'O'));
  const gaps = 1 + Math.floor(rng() * 3);
  for (let k = 0; k < gaps; k++) {
    const r = Math.floor(rng() * rows);
    const c = Math.floor(rng() * cols);
    board[r][c] = 'O';
  }
  return board;
}
