function generate(size, rng, shape) {
  const below = (limit) => Math.floor(rng() * limit);
  const anyInt = () => below(2 ** 32) - 2 ** 31;
  const build = (m, n, cell) => Array.from({ length: m }, (_, r) => Array.from({ length: n }, (_, c) => cell(r, c)));
  if (shape === undefined) {
    // Interview scale, no upper cap: a size x size grid where every other cell is 0, so clearing a
    // row and a column for every zero of a snapshot costs about size^3 writes.
    const side = Math.max(1, size);
    return [build(side, side, () => (below(2) === 0 ? 0 : 1 + below(1000)))];
  }
  const limit = Math.max(1, Math.min(200, size));
  // Sizes of 200 and more give the largest grid LeetCode allows, 200 x 200.
  const m = size >= 200 ? 200 : 1 + below(limit);
  const n = size >= 200 ? 200 : 1 + below(limit);
  switch (shape) {
    case 'random':
      // Full 32-bit values with about one cell in six set to 0.
      return [build(m, n, () => (below(6) === 0 ? 0 : anyInt()))];
    case 'few zeros': {
      const matrix = build(m, n, () => 1 + below(9));
      const zeros = 1 + below(2);
      for (let k = 0; k < zeros; k++) matrix[below(m)][below(n)] = 0;
      return [matrix];
    }
    case 'zero on the border': {
      // Zeros in row 0 or column 0 only: the cells that double as markers in the O(1) approach.
      const matrix = build(m, n, () => 1 + below(9));
      const zeros = 1 + below(2);
      for (let k = 0; k < zeros; k++) {
        if (rng() < 0.5) matrix[0][below(n)] = 0;
        else matrix[below(m)][0] = 0;
      }
      return [matrix];
    }
    case 'small values':
      // -2..2: zeros are common and -1, 1 collide with the sentinels candidates pick.
      return [build(m, n, () => below(5) - 2)];
    case 'extremes':
      return [build(m, n, () => [0, -(2 ** 31), 2 ** 31 - 1, -1, 1][below(5)])];
    case 'single line': {
      // One row or one column.
      const length = 1 + below(limit);
      const cell = () => (below(4) === 0 ? 0 : below(19) - 9);
      return rng() < 0.5 ? [build(1, length, cell)] : [build(length, 1, cell)];
    }
    case 'no zeros':
      return [build(m, n, () => (rng() < 0.5 ? -1 : 1) * (1 + below(2 ** 31 - 1)))];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
