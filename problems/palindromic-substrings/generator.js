function generate(size, rng, shape) {
  // No upper cap: the efficiency tier asks for sizes beyond the constraints; hidden tests stay within 1000.
  const n = Math.max(1, size);
  const pick = (count) => Math.floor(rng() * count);
  const letters = (length, alphabet) => Array.from({ length }, () => alphabet[pick(alphabet.length)]).join('');
  if (shape === undefined) return [letters(n, 'abcdefghijklmnopqrstuvwxyz'.slice(0, 2 + pick(5)))];
  if (shape === 'one letter') return ['abcdefghijklmnopqrstuvwxyz'[pick(26)].repeat(n)];
  if (shape === 'two letters') return [letters(n, 'ab')];
  if (shape === 'whole alphabet') return [letters(n, 'abcdefghijklmnopqrstuvwxyz')];
  if (shape === 'mirrored') {
    // A palindrome of length n (odd or even) around which many nested palindromes sit.
    const half = letters(Math.floor(n / 2), 'abc');
    const middle = n % 2 === 1 ? letters(1, 'xyz') : '';
    return [half + middle + [...half].reverse().join('')];
  }
  if (shape === 'runs') {
    // Blocks of one repeated letter: even and odd palindromes inside and across runs.
    let out = '';
    while (out.length < n) out += 'abcd'[pick(4)].repeat(1 + pick(4));
    return [out.slice(0, n)];
  }
  throw new Error('unknown shape ' + shape);
}
