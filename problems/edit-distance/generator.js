function generate(size, rng, shape) {
  const n = Math.max(0, Math.min(500, size));
  if (shape !== undefined) return shaped(n, rng, shape);
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

/**
 * Pairs where shortcuts break: one repeated letter (only the length difference counts), periodic
 * words where a common prefix and suffix overlap (trimming both independently double-counts), an
 * empty side, and unrelated words over the whole alphabet.
 */
function shaped(n, rng, shape) {
  const word = (length, letters) => {
    let w = '';
    for (let i = 0; i < length; i++) w += letters[Math.floor(rng() * letters.length)];
    return w;
  };
  const other = Math.floor(rng() * (n + 3));
  if (shape === 'one letter') return rng() < 0.5 ? ['a'.repeat(n), 'a'.repeat(other)] : ['a'.repeat(other), 'a'.repeat(n)];
  if (shape === 'periodic') {
    const unit = word(1 + Math.floor(rng() * 2), 'ab');
    const base = unit.repeat(Math.ceil((n + 1) / unit.length)).slice(0, n);
    const at = Math.floor(rng() * (n + 1));
    const chunk = unit.repeat(1 + Math.floor(rng() * 2));
    const changed = rng() < 0.5 ? base.slice(0, at) + chunk + base.slice(at) : base.slice(0, at) + base.slice(at + chunk.length);
    return rng() < 0.5 ? [base, changed] : [changed, base];
  }
  if (shape === 'one empty') return rng() < 0.5 ? [word(n, 'abcxyz'), ''] : ['', word(n, 'abcxyz')];
  if (shape === 'unrelated') return [word(n, 'abcdefghijklmnopqrstuvwxyz'), word(other, 'abcdefghijklmnopqrstuvwxyz')];
  throw new Error('unknown shape ' + shape);
}
