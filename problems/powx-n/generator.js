/**
 * [x, n] with -100 < x < 100 (at most 5 decimals), |n| <= size (at most 2^31 - 1 for n > 0) and
 * |x^n| <= 10^4: n is halved toward 0 until the power fits. The shapes put the pair where power slips
 * show: any base, a fraction base (|x| < 1), a negative exponent, a negative base (the sign depends on
 * n's parity), a base within 10^-4 of 1 or -1 (n stays large), and a huge exponent (|n| above half of
 * size, with a base whose power stays in range: +-1, or a base that underflows toward 0).
 */
function generate(size, rng, shape) {
  const bound = Math.max(1, Math.floor(size));
  const pick = (count) => Math.floor(rng() * count);
  const decimals = (v, places) => Math.round(v * 10 ** places) / 10 ** places;
  const clampN = (n) => Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, n));
  const fits = (x, n) => {
    if (x === 0 && n <= 0) return false;
    const p = Math.pow(x, n);
    return p >= -1e4 && p <= 1e4;
  };
  const settle = (x, n) => {
    if (x === 0) x = 0.5;
    n = clampN(n);
    while (!fits(x, n)) n = Math.trunc(n / 2);
    return [x, n];
  };
  const anyN = () => pick(2 * bound + 1) - bound;
  if (shape === undefined || shape === 'any') return settle(decimals(rng() * 199.98 - 99.99, pick(3) * 2), anyN());
  if (shape === 'fraction base') return settle(decimals(rng() * 1.998 - 0.999, 1 + pick(5)), pick(bound + 1));
  if (shape === 'negative exponent') {
    const x = decimals((0.1 + rng() * 9.9) * (pick(2) === 0 ? 1 : -1), pick(4));
    return settle(x, -1 - pick(bound));
  }
  if (shape === 'negative base') return settle(-decimals(0.1 + rng() * 9.9, pick(4)), anyN());
  if (shape === 'near one') {
    const offset = pick(11) - 5;
    const x = decimals((1 + offset / 1e5) * (pick(2) === 0 ? 1 : -1), 5);
    return settle(x, anyN());
  }
  if (shape === 'huge exponent') {
    const magnitude = Math.min(2 ** 31 - 1, Math.ceil(bound / 2) + pick(Math.floor(bound / 2) + 1));
    const kind = pick(3);
    if (kind === 0) return settle(pick(2) === 0 ? 1 : -1, pick(2) === 0 ? magnitude : -magnitude);
    if (kind === 1) return settle(decimals((0.5 + rng() * 0.49999) * (pick(2) === 0 ? 1 : -1), 5), magnitude);
    return settle(decimals((1.00001 + rng() * 2) * (pick(2) === 0 ? 1 : -1), 5), -magnitude);
  }
  throw new Error('unknown shape ' + shape);
}
