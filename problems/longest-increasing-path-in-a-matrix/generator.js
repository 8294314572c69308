/**
 * size is the side of the grid (capped at 200 only for shapes used within the constraints; the
 * efficiency tier passes larger sides). Shapes:
 * - default: small values 0..9, so equal neighbours are common (strictly increasing, not >=);
 * - 'snake': a boustrophedon ramp, the whole grid is one path (deep recursion, answer m * n);
 * - 'sloped': value = r + c plus noise, long monotone paths in every direction;
 * - 'plateau': a single value everywhere (answer 1);
 * - 'wide' / 'tall': one to three rows (or columns) of random values, bounds on the other axis;
 * - 'big values': values near 2^31 - 1 (no overflow tricks, no value-indexed arrays).
 */
function generate(size, rng, shape) {
  const pick = (k) => Math.floor(rng() * k);
  const side = Math.max(1, size);
  let rows = side;
  let cols = side;
  if (shape === 'wide' || shape === 'tall') {
    rows = 1 + pick(3);
    cols = side;
    if (shape === 'tall') [rows, cols] = [cols, rows];
  } else if (shape !== undefined && shape !== 'snake' && shape !== 'sloped' && shape !== 'plateau' && shape !== 'big values') {
    throw new Error('unknown shape ' + shape);
  } else if (shape !== 'snake' && side > 1) {
    cols = Math.max(1, side - pick(Math.ceil(side / 2)));
    if (rng() < 0.5) [rows, cols] = [cols, rows];
  }
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) {
      let v;
      if (shape === 'snake') v = r * cols + (r % 2 === 0 ? c : cols - 1 - c);
      else if (shape === 'sloped') v = 3 * (r + c) + pick(5);
      else if (shape === 'plateau') v = 7;
      else if (shape === 'big values') v = 2147483647 - pick(6);
      else v = pick(10);
      row.push(v);
    }
    matrix.push(row);
  }
  if (shape === 'snake' && rng() < 0.5) {
    const top = rows * cols - 1;
    for (const row of matrix) for (let c = 0; c < cols; c++) row[c] = top - row[c];
  }
  return [matrix];
}
