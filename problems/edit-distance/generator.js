function generate(size, rng) {
  const n = Math.max(0, Math.min(500, size));
  // A small alphabet and word2 derived from word1 by random edits keep the answer far from trivial.
  const letters = 'abcd';
  let word1 = '';
  for (let i = 0; i < n; i++) word1 += letters[Math.floor(rng() * letters.length)];
  const chars = word1.split('');
  const edits = Math.floor(n / 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rng() * (chars.length + 1));
    const kind = rng();
    const letter = letters[Math.floor(rng() * letters.length)];
    if (kind < 0.33 && chars.length > 0) chars.splice(Math.min(at, chars.length - 1), 1);
    else if (kind < 0.66 && chars.length < 500) chars.splice(at, 0, letter);
    else if (chars.length > 0) chars[Math.min(at, chars.length - 1)] = letter;
  }
  return [word1, chars.join('')];
}
