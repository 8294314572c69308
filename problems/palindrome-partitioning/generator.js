function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(16, size));
  const word = (alphabet, len) => {
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
    return s;
  };
  switch (shape) {
    // Any lowercase letters: few palindromes beyond single letters.
    case undefined:
      return [word('abcdefghijklmnopqrstuvwxyz', n)];
    // Two or three letters: many overlapping palindromes of every length, odd and even.
    case 'two letters':
      return [word('ab', n)];
    case 'three letters':
      return [word('abc', n)];
    // A palindrome as a whole (built from a random half, odd or even length), so long palindromic pieces matter.
    case 'palindrome': {
      const half = word('abc', Math.floor(n / 2));
      const middle = n % 2 === 1 ? word('abc', 1) : '';
      return [half + middle + half.split('').reverse().join('')];
    }
    // One letter repeated: every split is a partition, 2^(n - 1) of them.
    case 'all same':
      return [word('abcdefghijklmnopqrstuvwxyz', 1).repeat(n)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
