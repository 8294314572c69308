/** A rotated ascending array of distinct values; `size` is n, the shape decides the rotation or the values. */
function generate(size, rng, shape) {
  const n = Math.max(1, size);
  if (shape === undefined) return [rotate(distinctSorted(n, -5000, 5000, rng), 1 + Math.floor(rng() * n))];
  if (shape === 'not rotated') return [rotate(distinctSorted(n, -5000, 5000, rng), n)];
  if (shape === 'rotated once') return [rotate(distinctSorted(n, -5000, 5000, rng), 1)];
  if (shape === 'minimum last') return [rotate(distinctSorted(n, -5000, 5000, rng), Math.max(1, n - 1))];
  if (shape === 'negatives') return [rotate(distinctSorted(n, -5000, -1, rng), 1 + Math.floor(rng() * n))];
  if (shape === 'consecutive values') {
    // Neighbours differ by one, so a candidate that returns a neighbour of the minimum is off by one.
    const start = -20 + Math.floor(rng() * 40);
    return [rotate(Array.from({ length: n }, (_, i) => start + i), 1 + Math.floor(rng() * n))];
  }
  throw new Error('unknown shape ' + shape);
}

/** n distinct values of [lo, hi] in increasing order, by selection sampling (no sort needed). */
function distinctSorted(n, lo, hi, rng) {
  const values = [];
  let needed = Math.min(n, hi - lo + 1);
  for (let v = lo; v <= hi && needed > 0; v++) {
    if (rng() * (hi - v + 1) < needed) {
      values.push(v);
      needed--;
    }
  }
  return values;
}

/** The array after k rotations, each moving the last value to the front (k = n gives it back unchanged). */
function rotate(sorted, k) {
  const cut = sorted.length - (k % sorted.length);
  return sorted.slice(cut).concat(sorted.slice(0, cut));
}
