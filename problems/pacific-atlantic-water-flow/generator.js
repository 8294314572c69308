function generate(size, rng, shape) {
  const cells = Math.max(1, size);
  let pick = (limit) => 1 + Math.floor(rng() * limit);
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  // The default shape has no upper cap so the efficiency tier can go past 200 x 200: a slope rising
  // away from the Pacific, where following the water from each cell separately explores the whole
  // rectangle above and to the left of it (quadratic in the number of cells).
  if (shape === undefined) {
    const side = Math.floor(Math.sqrt(cells)) || 1;
    return [fill(side, side, (r, c) => 2 * (r + c) + int(0, 1))];
  }
  const side = Math.min(200, cells);
  // A size of 200 x 200 or more asks for the full 200 x 200 grid (the worst cases); below it the
  // sides are random up to the size.
  if (cells >= 40000) pick = () => 200;
  switch (shape) {
    // Few distinct heights: wide level plateaus, where water moves between equal cells.
    case 'low heights':
      return [fill(pick(side), pick(side), () => int(0, 2))];
    case 'wide range':
      return [fill(pick(side), pick(side), () => int(0, 100000))];
    case 'single row':
      return [fill(1, pick(side), () => int(0, 4))];
    case 'single column':
      return [fill(pick(side), 1, () => int(0, 4))];
    // Non-square grids: a cell key r * rows + c, or a column bound checked against the row count,
    // collides or stops early only when the sides differ.
    case 'wider than tall': {
      const rows = pick(Math.min(3, side));
      return [fill(rows, Math.min(200, rows + pick(side)), () => int(0, 3))];
    }
    case 'taller than wide': {
      const cols = pick(Math.min(3, side));
      return [fill(Math.min(200, cols + pick(side)), cols, () => int(0, 3))];
    }
    // One level plateau with a few pits and peaks: long level paths that must be followed both ways.
    case 'plateau': {
      const level = int(1, 5);
      return [fill(pick(side), pick(side), () => (rng() < 0.15 ? int(0, 9) : level))];
    }
    // A mountain: heights fall away from a random summit, with noise, so most cells drain both ways.
    case 'mountain': {
      const rows = pick(side);
      const cols = pick(side);
      const pr = Math.floor(rng() * rows);
      const pc = Math.floor(rng() * cols);
      return [fill(rows, cols, (r, c) => Math.max(0, 2 * (rows + cols) - 2 * (Math.abs(r - pr) + Math.abs(c - pc)) + int(-2, 2)))];
    }
    // A valley: heights rise away from a random low cell, so the centre drains to neither ocean.
    case 'valley': {
      const rows = pick(side);
      const cols = pick(side);
      const pr = Math.floor(rng() * rows);
      const pc = Math.floor(rng() * cols);
      return [fill(rows, cols, (r, c) => Math.abs(r - pr) + Math.abs(c - pc) + int(0, 2))];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function fill(rows, cols, height) {
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(height(r, c));
    grid.push(row);
  }
  return grid;
}
