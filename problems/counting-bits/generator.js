/**
 * One integer n. `size` is the largest n a test may get (sizes above 10^5 only in the efficiency
 * tier, so there is no cap here); the shapes put n where counting slips show: on a power of two
 * (a highest-bit offset updated one step late), just below one (every bit set, the largest count
 * so far), just above one, at the very bottom (0, 1, 2: a table sized n instead of n + 1, a missing
 * base case), exactly at `size`, or anywhere below it.
 */
function generate(size, rng, shape) {
  const top = Math.max(0, Math.floor(size));
  const pick = (count) => Math.floor(rng() * count);
  const exponents = Math.floor(Math.log2(Math.max(1, top))) + 1;
  const powerAtMost = (limit) => {
    let power = 2 ** pick(exponents);
    while (power > limit && power > 1) power /= 2;
    return power;
  };
  if (shape === undefined || shape === 'anywhere') return [pick(top + 1)];
  if (shape === 'exactly size') return [top];
  if (shape === 'tiny') return [pick(Math.min(top, 2) + 1)];
  if (shape === 'power of two') return [Math.min(top, powerAtMost(top))];
  if (shape === 'all bits set') return [powerAtMost(top + 1) - 1];
  if (shape === 'just past a power of two') return [Math.min(top, powerAtMost(Math.max(1, top - 1)) + 1)];
  throw new Error('unknown shape ' + shape);
}
