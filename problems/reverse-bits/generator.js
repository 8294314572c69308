/**
 * One even n of `size` bits (1 to 31; larger sizes read as 31): its highest set bit is bit size - 1,
 * and bit 0 is always 0 (size 1 gives n = 0). The shapes put the ones where reversal slips show:
 * any bits, few ones (sparse), almost all ones (dense), a single one, only the low bits (whose
 * reversals fill the high half: a loop that stops early, or a string without padding, misses
 * them), and bit 30 always set (it lands in bit 1).
 */
function generate(size, rng, shape) {
  const width = Math.min(31, Math.max(1, Math.floor(size)));
  const pick = (count) => Math.floor(rng() * count);
  if (width === 1) return [0];
  const top = 2 ** (width - 1);
  const between = (chance, from, to) => {
    let v = 0;
    for (let bit = from; bit < to; bit++) if (rng() < chance) v += 2 ** bit;
    return v;
  };
  if (shape === undefined || shape === 'any') return [top + between(0.5, 1, width - 1)];
  if (shape === 'sparse') return [top + between(0.1, 1, width - 1)];
  if (shape === 'dense') return [top + between(0.9, 1, width - 1)];
  if (shape === 'single bit') return [2 ** (1 + pick(width - 1))];
  if (shape === 'low bits') return [between(0.6, 1, Math.min(width, 9)) || 2];
  if (shape === 'bit 30 set') return [2 ** 30 + between(0.5, 1, width)];
  throw new Error('unknown shape ' + shape);
}
