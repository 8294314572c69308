/** n with `size` digits (1 to 10), kept within 1..2^31 - 1. */
function generate(size, rng, shape) {
  const digits = Math.max(1, Math.min(10, size));
  const pick = (count) => Math.floor(rng() * count);
  const make = shape === undefined ? anyNumber : shapes[shape];
  if (make === undefined) throw new Error('unknown shape ' + shape);
  return [make(digits, pick)];
}

const MAX = 2 ** 31 - 1;

/**
 * Inputs where the usual slips show: happy and unhappy numbers (a wrong answer on either side), the
 * digits 0, 1 and 7 only (7 is the single-digit happy number a "stop below 10" shortcut misses; zeros
 * test digit extraction), numbers whose digits are all high (long walks before 1 or the cycle), and
 * numbers near 2^31 - 1.
 */
const shapes = {
  happy: (digits, pick) => search(digits, pick, true),
  unhappy: (digits, pick) => search(digits, pick, false),
  'digits 0, 1 and 7': (digits, pick) => fromDigits(digits, () => [0, 1, 7][pick(3)], pick),
  'high digits': (digits, pick) => fromDigits(digits, () => 7 + pick(3), pick),
  'near the maximum': (digits, pick) => Math.max(1, MAX - pick(10 ** Math.min(digits, 9))),
};

function anyNumber(digits, pick) {
  return fromDigits(digits, () => pick(10), pick);
}

/** A number of the given digit count whose first digit is non-zero, clamped to 2^31 - 1. */
function fromDigits(digits, drawDigit, pick) {
  let value = 0;
  for (let i = 0; i < digits; i++) value = value * 10 + drawDigit();
  if (value < 10 ** (digits - 1)) value += (1 + pick(digits === 10 ? 2 : 9)) * 10 ** (digits - 1);
  return Math.max(1, Math.min(MAX, value));
}

function search(digits, pick, wantHappy) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = anyNumber(digits, pick);
    if (happy(value) === wantHappy) return value;
  }
  return wantHappy ? 10 ** (digits - 1) : 10 ** (digits - 1) * 2;
}

function happy(value) {
  const seen = new Set();
  while (value !== 1 && !seen.has(value)) {
    seen.add(value);
    let next = 0;
    for (const d of String(value)) next += Number(d) * Number(d);
    value = next;
  }
  return value === 1;
}
