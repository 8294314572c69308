const INF = 2147483647;

function generate(size, rng, shape) {
  const cells = Math.max(1, size);
  let pick = (limit) => 1 + Math.floor(rng() * limit);
  const cell = (wallShare, gateShare) => {
    const x = rng();
    return x < wallShare ? -1 : x < wallShare + gateShare ? 0 : INF;
  };
  // The default shape has no upper cap so the efficiency tier can go past 250 x 250: open rooms with
  // one gate in ten cells, where a separate search from each gate is quadratic in the cells.
  if (shape === undefined) {
    const side = Math.floor(Math.sqrt(cells)) || 1;
    return [fill(side, side, () => cell(0.05, 0.1))];
  }
  const side = Math.min(250, cells);
  // A size of 250 x 250 or more asks for the full 250 x 250 grid (the worst cases).
  if (cells >= 62500) pick = () => 250;
  switch (shape) {
    case 'random': {
      const walls = rng() * 0.4;
      return [fill(pick(side), pick(side), () => cell(walls, 0.03 + rng() * 0.12))];
    }
    // Walls and empty rooms only: nothing can be reached, every room keeps 2^31 - 1.
    case 'no gates':
      return [fill(pick(side), pick(side), () => cell(0.3, 0))];
    // A single gate: distances grow across the whole grid.
    case 'one gate': {
      const g = fill(pick(side), pick(side), () => cell(0.2, 0));
      g[Math.floor(rng() * g.length)][Math.floor(rng() * g[0].length)] = 0;
      return [g];
    }
    case 'many gates':
      return [fill(pick(side), pick(side), () => cell(0.15, 0.4))];
    case 'single row':
      return [fill(1, pick(side), () => cell(0.2, 0.2))];
    case 'single column':
      return [fill(pick(side), 1, () => cell(0.2, 0.2))];
    // Non-square grids: a cell key r * rows + c, or a column bound checked against the row count,
    // collides or stops early only when the sides differ.
    case 'wider than tall': {
      const rows = 1 + pick(Math.min(4, side));
      return [fill(rows, Math.min(250, rows + pick(side)), () => cell(0.2, 0.08))];
    }
    case 'taller than wide': {
      const cols = 1 + pick(Math.min(4, side));
      return [fill(Math.min(250, cols + pick(side)), cols, () => cell(0.2, 0.08))];
    }
    // Walls on every other row with one opening each, alternating sides: one winding corridor, a gate
    // at a random place in it, so distances run far and the nearest gate is often not the closest by
    // straight-line distance.
    case 'maze':
      return [maze(pick(side), pick(side), rng)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function fill(rows, cols, cell) {
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(cell(r, c));
    grid.push(row);
  }
  return grid;
}

function maze(rows, cols, rng) {
  const grid = fill(rows, cols, (r, c) => (r % 2 === 1 && !(r % 4 === 1 ? c === cols - 1 : c === 0) ? -1 : INF));
  const gates = 1 + Math.floor(rng() * 2);
  for (let k = 0; k < gates; k++) {
    const r = 2 * Math.floor((rng() * (rows + 1)) / 2);
    if (r < rows) grid[r][Math.floor(rng() * cols)] = 0;
  }
  return grid;
}
