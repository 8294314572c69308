/**
 * One positive integer n of `size` bits (1 to 31; larger sizes read as 31): its highest set bit is
 * bit size - 1. The shapes put the ones where counting slips show: any bits below the top one, few
 * ones (sparse), almost all ones (dense), a single one (a power of two), every bit set (2^k - 1:
 * a loop that stops at n > 1 or misses the top bit), and the top bit 30 always set with any bits
 * below it (a loop over 30 bits, or a table that reads only the low bytes).
 */
function generate(size, rng, shape) {
  const width = Math.min(31, Math.max(1, Math.floor(size)));
  const pick = (count) => Math.floor(rng() * count);
  const top = 2 ** (width - 1);
  const below = (chance) => {
    let v = 0;
    for (let bit = 0; bit < width - 1; bit++) if (rng() < chance) v += 2 ** bit;
    return v;
  };
  if (shape === undefined || shape === 'any') return [top + below(0.5)];
  if (shape === 'sparse') return [top + below(0.1)];
  if (shape === 'dense') return [top + below(0.9)];
  if (shape === 'power of two') return [2 ** pick(width)];
  if (shape === 'all ones') return [2 ** width - 1];
  if (shape === 'top bit set') {
    let v = 2 ** 30;
    for (let bit = 0; bit < 30; bit++) if (bit < width && rng() < 0.5) v += 2 ** bit;
    return [v];
  }
  throw new Error('unknown shape ' + shape);
}
