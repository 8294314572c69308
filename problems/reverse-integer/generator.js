/**
 * One 32-bit integer x with `size` decimal digits (1 to 10; larger sizes read as 10). The shapes put
 * x where reversal slips show: any digits with either sign, negatives only, trailing zeros (they
 * must vanish, and -0 must not appear), ten digits (most reverse past 2^31 - 1), and ten digits whose
 * reversal lands within a hair of -2^31 or 2^31 - 1 on either side (an overflow check one off).
 */
function generate(size, rng, shape) {
  const length = Math.min(10, Math.max(1, Math.floor(size)));
  const pick = (count) => Math.floor(rng() * count);
  const MAX = 2 ** 31 - 1;
  const fits = (v) => v >= -MAX - 1 && v <= MAX;
  const reversed = (v) => Math.sign(v) * Number(String(Math.abs(v)).split('').reverse().join(''));
  const digitsOf = (count, leadingMax) => {
    let v = count === 1 ? pick(10) : 1 + pick(leadingMax);
    for (let i = 1; i < count; i++) v = v * 10 + pick(10);
    return v;
  };
  const signed = (v, negative) => {
    const s = negative ? -v : v;
    if (fits(s)) return s;
    return negative ? -(v % 1000000000) : v % 1000000000;
  };
  if (shape === undefined || shape === 'any') return [signed(digitsOf(length, length === 10 ? 2 : 9), pick(2) === 0)];
  if (shape === 'negative') return [signed(digitsOf(length, length === 10 ? 2 : 9), true) || -1];
  if (shape === 'trailing zeros') {
    const zeros = 1 + pick(Math.max(1, length - 1));
    const head = Math.max(1, length - zeros);
    let v = digitsOf(head, 9);
    for (let i = 0; i < length - head; i++) v *= 10;
    if (v > MAX) v = 10 ** (length - 1);
    return [pick(2) === 0 ? -v : v];
  }
  if (shape === 'ten digits') return [signed(digitsOf(10, 2), pick(2) === 0)];
  if (shape === 'near overflow') {
    // Build the reversed value near the limit, then reverse it back into a valid x.
    const negative = pick(2) === 0;
    for (let tries = 0; tries < 50; tries++) {
      const spread = 10 ** pick(7);
      const target = MAX + (negative ? 1 : 0) + pick(2 * spread + 1) - spread;
      const lead = 1 + pick(2);
      const r = target - (target % 10) + lead;
      const x = reversed(r);
      if (x <= MAX) return [negative ? -x : x];
    }
    return [negative ? -1463847412 : 1463847412];
  }
  throw new Error('unknown shape ' + shape);
}
