function generate(size, rng, shape) {
  const cells = Math.max(1, size);
  const pick = (limit) => 1 + Math.floor(rng() * limit);
  // The default shape has no upper cap so the efficiency tier can go past 50 x 50; every named shape
  // stays within the constraints.
  if (shape === undefined) {
    const side = Math.floor(Math.sqrt(cells)) || 1;
    // Above the percolation threshold (about 0.59), so most land joins one island spanning the grid:
    // the input on which measuring each cell's island afresh turns quadratic.
    return [randomGrid(side, side, 0.7, rng)];
  }
  const side = Math.min(50, cells);
  switch (shape) {
    // Non-square grids: a cell key r * rows + c, or a column bound checked against the row count,
    // collides or stops early only when the sides differ.
    case 'wider than tall': {
      const rows = pick(Math.min(3, side));
      return [randomGrid(rows, Math.min(50, rows + pick(side)), 0.3 + rng() * 0.4, rng)];
    }
    case 'taller than wide': {
      const cols = pick(Math.min(3, side));
      return [randomGrid(Math.min(50, cols + pick(side)), cols, 0.3 + rng() * 0.4, rng)];
    }
    case 'single row':
      return [randomGrid(1, pick(side), 0.3 + rng() * 0.5, rng)];
    case 'single column':
      return [randomGrid(pick(side), 1, 0.3 + rng() * 0.5, rng)];
    case 'checkerboard':
      return [checkerboard(pick(side), pick(side), rng)];
    case 'snake':
      return [snake(Math.max(2, pick(side)), Math.max(2, pick(side)), rng)];
    case 'rectangles':
      return [rectangles(pick(side), pick(side), rng)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function randomGrid(rows, cols, landShare, rng) {
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(rng() < landShare ? 1 : 0);
    grid.push(row);
  }
  return grid;
}

/** Land only on one colour of a checkerboard, some of it removed: cells touch only at corners. */
function checkerboard(rows, cols, rng) {
  const grid = randomGrid(rows, cols, 0, rng);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if ((r + c) % 2 === 0 && rng() < 0.85) grid[r][c] = 1;
  return grid;
}

/**
 * Full rows joined alternately at the right and left ends: one winding island that goes right, down,
 * left and down again, cut at one random cell into two islands of uneven size.
 */
function snake(rows, cols, rng) {
  const grid = randomGrid(rows, cols, 0, rng);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (r % 2 === 0 || (r % 4 === 1 ? c === cols - 1 : c === 0)) grid[r][c] = 1;
  }
  const cutRow = 2 * Math.floor((rng() * (rows + 1)) / 2);
  if (cutRow < rows) grid[cutRow][Math.floor(rng() * cols)] = 0;
  return grid;
}

/** A few filled rectangles on water; overlapping or touching ones merge into L, T and U shapes. */
function rectangles(rows, cols, rng) {
  const grid = randomGrid(rows, cols, 0, rng);
  const count = 1 + Math.floor(rng() * 4);
  for (let k = 0; k < count; k++) {
    const top = Math.floor(rng() * rows);
    const left = Math.floor(rng() * cols);
    const height = 1 + Math.floor(rng() * (rows - top));
    const width = 1 + Math.floor(rng() * (cols - left));
    for (let r = top; r < top + height; r++) for (let c = left; c < left + width; c++) grid[r][c] = 1;
  }
  return grid;
}
