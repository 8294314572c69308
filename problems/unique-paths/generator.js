function generate(size, rng, shape) {
  const side = Math.max(1, Math.min(100, size));
  const pick = (limit) => 1 + Math.floor(rng() * limit);
  let m;
  let n;
  if (shape === undefined) {
    m = pick(side);
    n = pick(side);
  } else if (shape === 'single row') {
    m = 1;
    n = pick(side);
  } else if (shape === 'single column') {
    m = pick(side);
    n = 1;
  } else if (shape === 'square') {
    m = pick(Math.min(side, 17));
    n = m;
  } else if (shape === 'thin') {
    // One side tiny, the other long: the answer is a low-degree polynomial of the long side.
    m = pick(3);
    n = pick(side);
    if (rng() < 0.5) [m, n] = [n, m];
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [m, n];
}
