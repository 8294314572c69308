function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(20, size));
  const cell = cellMaker(n, rng, shape);
  const matrix = [];
  for (let r = 0; r < n; r++) {
    const row = [];
    for (let c = 0; c < n; c++) row.push(cell(r, c));
    matrix.push(row);
  }
  return [matrix];
}

/**
 * Kinds of image where shortcuts break: every cell distinct (any misplaced cell shows), a few repeated
 * values, the extremes of the range (packing two values into one cell overflows or mis-rounds on
 * negatives), and symmetric images (a transpose alone changes nothing).
 */
function cellMaker(n, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  switch (shape) {
    case undefined:
      return () => random(-1000, 1000);
    case 'distinct': {
      const start = random(-1000, 1000 - n * n + 1);
      const values = [];
      for (let i = 0; i < n * n; i++) values.push(start + i);
      for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [values[i], values[j]] = [values[j], values[i]];
      }
      return (r, c) => values[r * n + c];
    }
    case 'few values':
      return () => random(-1, 1);
    case 'extremes':
      return () => [-1000, 1000, -999, 999, 0][random(0, 4)];
    case 'symmetric': {
      const upper = [];
      for (let r = 0; r < n; r++) {
        upper.push([]);
        for (let c = 0; c < n; c++) upper[r].push(random(-1000, 1000));
      }
      return (r, c) => upper[Math.min(r, c)][Math.max(r, c)];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
