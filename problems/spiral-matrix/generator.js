function generate(size, rng, shape) {
  const side = Math.max(1, Math.min(10, size));
  if (shape !== undefined) return [shaped(side, rng, shape)];
  // One side at the requested size, the other anywhere up to 10, so wide and tall shapes both occur.
  const other = 1 + Math.floor(rng() * 10);
  const rows = rng() < 0.5 ? side : other;
  const cols = rows === side ? other : side;
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(Math.floor(rng() * 201) - 100);
    matrix.push(row);
  }
  return [matrix];
}

/**
 * Matrices where a spiral goes wrong: wider than tall (a leftover middle row walked twice, a visited
 * key r * rows + c that collides), taller than wide (a leftover middle column), a single row or column,
 * and squares, all with distinct values so any cell out of place shows; and few values, where zeros
 * are common (a visited mark tested by truthiness reads a 0 as visited).
 */
function shaped(side, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const shorter = random(1, Math.max(1, side - 1));
  let rows;
  let cols;
  switch (shape) {
    case 'wider than tall':
      [rows, cols] = [shorter, Math.max(2, side)];
      break;
    case 'taller than wide':
      [rows, cols] = [Math.max(2, side), shorter];
      break;
    case 'single row':
      [rows, cols] = [1, side];
      break;
    case 'single column':
      [rows, cols] = [side, 1];
      break;
    case 'square':
    case 'few values':
      [rows, cols] = [side, shape === 'square' ? side : random(1, 10)];
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  // Distinct values: a shuffled range of -100..100 (at most 100 cells are needed).
  const values = [];
  for (let v = -100; v <= 100; v++) values.push(v);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(shape === 'few values' ? random(-1, 1) : values[r * cols + c]);
    matrix.push(row);
  }
  return matrix;
}
