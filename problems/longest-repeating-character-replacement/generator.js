function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  const pick = (count) => Math.floor(rng() * count);
  const letters = (alphabet) => Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join('');
  // Most answers hinge on k being small next to n; an occasional large k checks the answer is capped at n.
  const someK = () => (rng() < 0.15 ? pick(n + 1) : pick(Math.min(n, 4) + 1));
  if (shape === undefined) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, 2 + pick(25));
    return [letters(alphabet), someK()];
  }
  if (shape === 'two letters') return [letters('AB'), someK()];
  if (shape === 'runs') {
    // Blocks of one letter broken by short gaps: the best window bridges gaps, so which gaps to spend k on matters.
    let s = '';
    while (s.length < n) s += 'ABC'[pick(3)].repeat(1 + pick(4));
    return [s.slice(0, n), someK()];
  }
  if (shape === 'no replacements') return [letters('ABC'), 0];
  if (shape === 'k covers all') {
    const s = letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    return [s, Math.max(0, n - pick(3))];
  }
  if (shape === 'late letters') return [letters('XYZ'), someK()];
  throw new Error('unknown shape ' + shape);
}
