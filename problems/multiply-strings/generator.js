/**
 * [num1, num2], each of 1 to `size` digits (at most 200), no leading zero. The shapes put the carries
 * and the zeros where slips show: all nines (a carry into every place and a full-length product),
 * many zero digits (a place that stays 0 inside the product), one factor 0 (the answer is "0", not ""
 * or "000"), a power of ten (only shifting), a single digit against a long number, and products past
 * 2^53 where a Number round trip loses digits.
 */
function generate(size, rng, shape) {
  const cap = Math.max(1, Math.min(200, Math.floor(size)));
  const pick = (count) => Math.floor(rng() * count);
  const length = () => 1 + pick(cap);
  const number = (len, digit) => {
    if (len === 1) return String(digit ? digit() : pick(10));
    let s = String(1 + pick(9));
    while (s.length < len) s += String(digit ? digit() : pick(10));
    return s;
  };
  const swap = (pair) => (rng() < 0.5 ? pair : [pair[1], pair[0]]);
  switch (shape) {
    case undefined:
    case 'any digits':
      return [number(length()), number(length())];
    case 'all nines':
      return ['9'.repeat(length()), '9'.repeat(length())];
    case 'many zeros':
      return [number(length(), () => (rng() < 0.7 ? 0 : pick(10))), number(length(), () => (rng() < 0.7 ? 0 : pick(10)))];
    case 'one factor zero':
      return swap(['0', number(length())]);
    case 'power of ten':
      return swap(['1' + '0'.repeat(length() - 1), number(length())]);
    case 'single digit':
      return swap([String(1 + pick(9)), number(length())]);
    case 'past 2^53': {
      // Both factors long enough that the product has 17 or more digits, beyond 2^53.
      const total = 18 + pick(Math.max(1, Math.min(24, cap)));
      const first = 8 + pick(total - 15);
      return [number(Math.min(200, first), () => 1 + pick(9)), number(Math.max(8, Math.min(200, total - first)), () => 1 + pick(9))];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
