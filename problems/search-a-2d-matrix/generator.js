/**
 * Builds a row-sorted matrix whose rows continue one another (each row starts above the previous
 * row's end) and a target. `size` bounds each side; the shape picks what the input stresses.
 */
function generate(size, rng, shape) {
  const side = Math.max(1, Math.min(100, size));
  const randomSide = () => 1 + Math.floor(rng() * side);
  if (shape === undefined) return withTarget(buildMatrix(randomSide(), randomSide(), rng, 3), rng, 0.6);
  if (shape === 'square') return withTarget(buildMatrix(side, side, rng, 3), rng, 0.6);
  if (shape === 'single row') return withTarget(buildMatrix(1, side, rng, 3), rng, 0.6);
  if (shape === 'single column') return withTarget(buildMatrix(side, 1, rng, 3), rng, 0.6);
  if (shape === 'repeated values in rows') return withTarget(buildMatrix(randomSide(), randomSide(), rng, 1), rng, 0.6);
  if (shape === 'target absent') {
    const matrix = buildMatrix(randomSide(), randomSide(), rng, 4);
    return [matrix, absentTarget(matrix, rng)];
  }
  if (shape === 'row boundary') {
    // The last value of a row, the first of the next, or a value between them: where row/column arithmetic slips.
    const matrix = buildMatrix(Math.min(100, 1 + randomSide()), randomSide(), rng, 3);
    const n = matrix[0].length;
    const r = Math.floor(rng() * (matrix.length - 1));
    const last = matrix[r][n - 1];
    const first = matrix[r + 1][0];
    const choices = [last, first];
    if (first - last > 1) choices.push(last + 1 + Math.floor(rng() * (first - last - 1)));
    return [matrix, choices[Math.floor(rng() * choices.length)]];
  }
  throw new Error('unknown shape ' + shape);
}

/** Consecutive values (row by row) differ by 0..widestStep within a row and at least 1 across rows, inside [-10^4, 10^4]. */
function buildMatrix(m, n, rng, widestStep) {
  // Large matrices take smaller steps so that all m * n values fit in the range.
  const maxStep = Math.max(1, Math.min(widestStep, Math.floor(19000 / (m * n))));
  const steps = [];
  let total = 0;
  for (let i = 1; i < m * n; i++) {
    const step = i % n === 0 ? 1 + Math.floor(rng() * (maxStep + 1)) : Math.floor(rng() * (maxStep + 1));
    steps.push(step);
    total += step;
  }
  const span = 2e4 - total;
  let value = -1e4 + Math.floor(rng() * (span + 1));
  const matrix = [];
  for (let r = 0; r < m; r++) {
    const row = [];
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      if (i > 0) value += steps[i - 1];
      row.push(value);
    }
    matrix.push(row);
  }
  return matrix;
}

function withTarget(matrix, rng, presentShare) {
  if (rng() < presentShare) {
    const row = matrix[Math.floor(rng() * matrix.length)];
    return [matrix, row[Math.floor(rng() * row.length)]];
  }
  return [matrix, absentTarget(matrix, rng)];
}

/** A value the matrix does not hold: below it, above it, or in a gap between stored values. */
function absentTarget(matrix, rng) {
  const flat = [].concat(...matrix);
  const candidates = [];
  if (flat[0] > -1e4) candidates.push(flat[0] - 1);
  if (flat[flat.length - 1] < 1e4) candidates.push(flat[flat.length - 1] + 1);
  for (let i = 1; i < flat.length; i++) if (flat[i] - flat[i - 1] > 1) candidates.push(flat[i] - 1);
  if (candidates.length === 0) return flat[0];
  return candidates[Math.floor(rng() * candidates.length)];
}
