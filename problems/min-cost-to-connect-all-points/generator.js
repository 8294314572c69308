/**
 * `size` distinct points. Hidden tests keep size <= 1000 (validator.js checks it); the efficiency tier asks
 * for more, beyond the constraints by design, and gets them with no upper cap.
 */
function generate(size, rng, shape) {
  const known = ['small grid', 'axis lines', 'clusters', 'far corners', 'shared coordinates'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const n = Math.max(1, size);
  const R = 1e6;
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const centres = [];
  for (let c = 0; c < 3; c++) centres.push([int(-R + 50, R - 50), int(-R + 50, R - 50)]);
  const side = Math.max(2, Math.ceil(Math.sqrt(n * 2)));
  const xs = [int(-R, R), int(-R, R), int(-R, R)];
  const make = () => {
    switch (shape) {
      case 'small grid': return [int(0, side - 1), int(0, side - 1)];
      case 'axis lines': return rng() < 0.5 ? [7, int(-5 * n, 5 * n)] : [int(-R, R), -3];
      case 'clusters': {
        const c = centres[Math.floor(rng() * centres.length)];
        return [c[0] + int(-50, 50), c[1] + int(-50, 50)];
      }
      case 'far corners': {
        const sx = rng() < 0.5 ? -1 : 1;
        const sy = rng() < 0.5 ? -1 : 1;
        return [sx * (R - int(0, 3 * n)), sy * (R - int(0, 3 * n))];
      }
      case 'shared coordinates': return [xs[Math.floor(rng() * xs.length)], int(-20 * n, 20 * n)];
      default: return [int(-R, R), int(-R, R)];
    }
  };
  const seen = new Set();
  const points = [];
  let attempts = 0;
  while (points.length < n && attempts < n * 50) {
    attempts++;
    const p = make();
    const key = p[0] + ',' + p[1];
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(p);
  }
  while (points.length < n) {
    const p = [int(-R, R), int(-R, R)];
    const key = p[0] + ',' + p[1];
    if (!seen.has(key)) {
      seen.add(key);
      points.push(p);
    }
  }
  return [points];
}
