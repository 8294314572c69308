function generate(size, rng, shape) {
  const n0 = Math.max(1, size);
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const squared = ([x, y]) => x * x + y * y;
  // Picks k (random unless forced) and moves it up to the first place where the k-th distance is
  // strictly below the next one, so the answer is unique; k = n always is.
  const withUniqueK = (points, forcedK) => {
    const distances = points.map(squared).sort((a, b) => a - b);
    let k = forcedK === undefined ? random(1, points.length) : forcedK;
    while (k < points.length && distances[k - 1] === distances[k]) k++;
    return [points, k];
  };
  const pointsOf = (n, makePoint) => Array.from({ length: n }, makePoint);
  if (shape === undefined) {
    // Interview scale, no upper cap: points over the whole range, k about half of n, so picking the
    // closest point k times rescans the array n/2 times.
    const points = pointsOf(n0, () => [random(-10000, 10000), random(-10000, 10000)]);
    return withUniqueK(points, Math.max(1, Math.floor(n0 / 2)));
  }
  const n = Math.min(10000, n0);
  switch (shape) {
    case 'random points':
      return withUniqueK(pointsOf(n, () => [random(-10000, 10000), random(-10000, 10000)]));
    case 'small coordinates':
      // Coordinates in -3..3: repeated points and equal distances everywhere except at the cut.
      return withUniqueK(pointsOf(n, () => [random(-3, 3), random(-3, 3)]));
    case 'mixed magnitudes':
      // Some coordinates near the origin, some near the edge of the range, some negative: distances
      // with different digit counts, where a string sort or a Manhattan distance orders them wrongly.
      return withUniqueK(
        pointsOf(n, () => {
          const scale = [9, 99, 999, 10000][random(0, 3)];
          return [random(-scale, scale), random(-scale, scale)];
        })
      );
    case 'k equals n':
      return withUniqueK(pointsOf(n, () => [random(-50, 50), random(-50, 50)]), n);
    case 'k is 1':
      return withUniqueK(pointsOf(n, () => [random(-20, 20), random(-20, 20)]), 1);
    case 'on the axes':
      // Every point has a zero coordinate: negatives on either axis, the origin itself sometimes.
      return withUniqueK(
        pointsOf(n, () => {
          const v = random(-30, 30);
          return rng() < 0.5 ? [v, 0] : [0, v];
        })
      );
    default:
      throw new Error('unknown shape ' + shape);
  }
}
