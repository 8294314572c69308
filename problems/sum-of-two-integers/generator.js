/**
 * Two integers a and b in [-1000, 1000]. `size` bounds their magnitude (1 to 1000; larger sizes read
 * as 1000). The shapes put the pair where bit-level addition slips show: any signs, both negative
 * (the carries are negative numbers), opposite signs (a subtraction in disguise, often through 0),
 * long carry chains (a run of ones meets a one, so the carry ripples through many rounds), and
 * equal values (a ^ b is 0 while the carry is not).
 */
function generate(size, rng, shape) {
  const limit = Math.min(1000, Math.max(1, Math.floor(size)));
  const pick = (count) => Math.floor(rng() * count);
  const value = () => pick(2 * limit + 1) - limit;
  const magnitude = () => pick(limit + 1);
  if (shape === undefined || shape === 'any') return [value(), value()];
  if (shape === 'both negative') return [-magnitude(), -magnitude()];
  if (shape === 'opposite signs') {
    const a = magnitude();
    const b = magnitude();
    return pick(2) === 0 ? [a, -b] : [-a, b];
  }
  if (shape === 'carry chain') {
    // a = 2^k - 1 (a run of ones, within the limit), b a small value of either sign.
    let ones = 1;
    while (ones * 2 + 1 <= limit && pick(3) !== 0) ones = ones * 2 + 1;
    const b = 1 + pick(Math.min(limit, 3));
    const sign = pick(2) === 0 ? 1 : -1;
    return pick(2) === 0 ? [sign * ones, sign * b] : [sign * b, sign * ones];
  }
  if (shape === 'equal') {
    const a = value();
    return [a, a];
  }
  throw new Error('unknown shape ' + shape);
}
