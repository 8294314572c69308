function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(1000, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  const mode = rng();
  if (mode < 0.4) {
    // One repeated letter: every substring is a palindrome, the worst case for checking them all.
    const letter = String.fromCharCode(97 + Math.floor(rng() * 26));
    return [letter.repeat(n)];
  }
  const letters = mode < 0.7 ? 'ab' : 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += letters[Math.floor(rng() * letters.length)];
  return [s];
}

/**
 * Short strings where center expansion and reversal tricks slip: a two-letter alphabet (many
 * overlapping palindromes of both parities), an even- or odd-length palindrome hidden in noise,
 * letters that differ only in case, and a string whose reverse shares a non-palindromic substring.
 */
function shaped(n, rng, shape) {
  const random = (length, letters) => {
    let s = '';
    for (let i = 0; i < length; i++) s += letters[Math.floor(rng() * letters.length)];
    return s;
  };
  if (shape === 'two letters') return [random(n, 'ab')];
  if (shape === 'case matters') return [random(n, 'aAbB')];
  if (shape === 'palindrome in noise') {
    const half = random(Math.floor(n / 4) + 1, 'xyz');
    const core = half + (rng() < 0.5 ? random(1, 'xyz') : '') + half.split('').reverse().join('');
    const before = random(Math.floor(rng() * (n - Math.min(n, core.length) + 1)), '0123456789');
    return [(before + core + random(n, '0123456789')).slice(0, Math.max(n, 1))];
  }
  if (shape === 'reversed copy') {
    // "abc…cba" with a break in the middle: s and its reverse share "abc", which is not a palindrome.
    const part = random(Math.max(1, Math.floor(n / 2)), 'abcdef');
    return [part + random(1, 'XYZ') + part.split('').reverse().join('').slice(0, Math.max(0, n - part.length - 1)) ];
  }
  throw new Error('unknown shape ' + shape);
}
