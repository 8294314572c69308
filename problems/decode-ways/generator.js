function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100, size));
  const pick = (count) => Math.floor(rng() * count);
  const digits = (length, alphabet) => Array.from({ length }, () => alphabet[pick(alphabet.length)]).join('');
  // LeetCode guarantees a 32-bit answer; long runs of 1s and 2s grow it like Fibonacci, so a digit that
  // would push the count past 2^31 - 1 becomes one that cannot start a pair with the digit before.
  const bounded = (text) => {
    let out = '';
    let before = 1;
    let last = 1;
    for (const d of text.slice(0, n)) {
      const prev = out[out.length - 1];
      const count = (digit) => {
        if (prev === undefined) return digit === '0' ? 0 : 1;
        const pair = Number(prev + digit);
        return (digit !== '0' ? last : 0) + (pair >= 10 && pair <= 26 ? before : 0);
      };
      const chosen = count(d) <= 2 ** 31 - 1 ? d : prev === '1' || prev === '2' ? '0' : '9';
      const next = count(chosen);
      before = last;
      last = next;
      out += chosen;
    }
    return out;
  };
  if (shape === undefined) return [bounded(digits(n, '0123456789'))];
  if (shape === 'ones and twos') {
    // The Fibonacci-like worst case: every adjacent pair is a letter.
    return [bounded(digits(n, '12'))];
  }
  if (shape === 'zeros') {
    // Zeros that are valid only after 1 or 2, and sometimes after something else (answer 0).
    return [bounded(digits(n, '0012123467'))];
  }
  if (shape === 'around 26') {
    // Pairs on both sides of the 26 boundary: 25, 26, 27, 19, 20, 30.
    return [bounded(digits(n, '123670'))];
  }
  if (shape === 'leading zero') return [bounded('0' + digits(n - 1, '0123456789'))];
  if (shape === 'no pairs') return [digits(n, '3456789')];
  throw new Error('unknown shape ' + shape);
}
