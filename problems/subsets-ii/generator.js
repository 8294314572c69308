function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10, size));
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const from = (values) => Array.from({ length: n }, () => values[random(0, values.length - 1)]);
  switch (shape) {
    case undefined:
    case 'random values':
      return [from(Array.from({ length: 21 }, (_, i) => i - 10))];
    case 'few distinct values': {
      // Two or three values, so most of them repeat several times.
      const values = [];
      const count = random(2, 3);
      while (values.length < count) {
        const v = random(-10, 10);
        if (!values.includes(v)) values.push(v);
      }
      return [from(values)];
    }
    case 'all equal':
      return [new Array(n).fill(random(-10, 10))];
    case 'joins collide':
      // [-1, 0] and [-10] both join to "-10"; [1, 0] and [10] to "10" in some order.
      return [from([-10, -1, 0, 1, 10])];
    case 'sorted':
      return [from(Array.from({ length: 9 }, (_, i) => random(-10, 10))).sort((a, b) => a - b)];
    case 'reverse sorted':
      return [from([random(-10, 10), random(-10, 10), random(-10, 10), random(-10, 10)]).sort((a, b) => b - a)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
