function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10000, size));
  const pick = (count) => Math.floor(rng() * count);
  const letters = (length, alphabet) => Array.from({ length }, () => alphabet[pick(alphabet.length)]);
  const shuffled = (chars) => {
    const copy = chars.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  // A window of s2 that is s1 shuffled, or s1 with one letter changed (a near miss), at position at.
  const embed = (s1, s2, at, nearMiss) => {
    const block = shuffled(s1);
    if (nearMiss) block[pick(block.length)] = 'z';
    s2.splice(at, block.length, ...block);
    return [s1.join(''), s2.join('')];
  };
  if (shape === undefined) {
    const m = Math.max(1, Math.min(n, 1 + pick(Math.max(1, Math.floor(n / 10)))));
    const alphabet = 'abcdefghijklmnopqrstuvwxyz'.slice(0, 2 + pick(25));
    return embed(letters(m, alphabet), letters(n, alphabet), n - m, rng() < 0.5);
  }
  if (shape === 'hidden at the end') {
    const m = Math.max(1, Math.min(n, 1 + pick(4)));
    return embed(letters(m, 'abc'), letters(n, 'abc'), n - m, false);
  }
  if (shape === 'near miss') {
    // The window matches except one letter, so a check that compares letter sets or sums is fooled.
    const m = 2 + pick(3);
    return embed(letters(m, 'abcd'), letters(Math.max(m, n), 'abcd'), pick(Math.max(m, n) - m + 1), true);
  }
  if (shape === 's1 longer') return [letters(n + 1 + pick(3), 'ab').join(''), letters(n, 'ab').join('')];
  if (shape === 'repeated letters') {
    const m = 1 + pick(4);
    return [letters(m, 'ab').join(''), letters(n, 'ab').join('')];
  }
  if (shape === 'whole alphabet') {
    const m = 1 + pick(Math.min(n, 6));
    return [letters(m, 'abcdefghijklmnopqrstuvwxyz').join(''), letters(n, 'abcdefghijklmnopqrstuvwxyz').join('')];
  }
  throw new Error('unknown shape ' + shape);
}
