/**
 * size bounds both lengths (20 within the constraints; the efficiency tier passes more). p is built
 * from tokens (a letter or '.', optionally followed by '*'), and half the time s is read off p by
 * expanding each token, so about half the cases match. Shapes:
 * - default: letters 'ab', tokens of every kind;
 * - 'stars': mostly "x*" tokens (the zero-occurrence and many-occurrence choices);
 * - 'dots': mostly '.' and ".*" tokens;
 * - 'literal': no '*' at all (plain character-by-character matching with '.');
 * - 'backtrack': s of repeated 'a' against "a*a*...a*" ending in a letter s lacks (false; the
 *   backtracking worst case, used by the efficiency tier).
 */
function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const pick = (k) => Math.floor(rng() * k);
  if (shape === 'backtrack') {
    const stars = Math.max(1, Math.floor((n - 1) / 2));
    return ['a'.repeat(n), 'a*'.repeat(stars) + 'b'];
  }
  let starChance = 0.35;
  let dotChance = 0.2;
  if (shape === 'stars') starChance = 0.75;
  else if (shape === 'dots') dotChance = 0.7;
  else if (shape === 'literal') starChance = 0;
  else if (shape !== undefined) throw new Error('unknown shape ' + shape);
  const letters = 'ab';
  const tokens = [];
  let length = 0;
  const target = 1 + pick(n);
  while (length < target) {
    const ch = rng() < dotChance ? '.' : letters[pick(letters.length)];
    const star = length + 2 <= n && rng() < starChance;
    tokens.push([ch, star]);
    length += star ? 2 : 1;
  }
  const p = tokens.map(([ch, star]) => ch + (star ? '*' : '')).join('');
  let s = '';
  if (rng() < 0.5) {
    for (const [ch, star] of tokens) {
      const times = star ? pick(3) : 1;
      for (let k = 0; k < times; k++) s += ch === '.' ? letters[pick(letters.length)] : ch;
    }
    if (rng() < 0.3 && s.length > 0) {
      // One random edit, so near misses appear too.
      const at = pick(s.length);
      s = s.slice(0, at) + letters[pick(letters.length)] + s.slice(at + 1);
    }
  }
  if (s.length === 0 || s.length > n) {
    s = '';
    const len = 1 + pick(n);
    for (let k = 0; k < len; k++) s += letters[pick(letters.length)];
  }
  return [s, p];
}
