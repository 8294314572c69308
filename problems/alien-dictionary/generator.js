/**
 * Words over a hidden alphabet order, sorted by it (so an order always fits), and then the feature the shape
 * names: a word followed by its own proper prefix, a contradiction that closes a cycle, long shared prefixes
 * over few letters with repeated words, or letters that no comparison constrains.
 */
function generate(size, rng, shape) {
  const known = ['sorted', 'prefix trap', 'cycle', 'shared prefixes', 'unconstrained letters', 'maximum'];
  const kind = shape === undefined ? 'sorted' : shape;
  if (!known.includes(kind)) throw new Error('unknown shape ' + shape);
  const pick = (n) => Math.floor(rng() * n);
  const n = Math.max(1, Math.min(100, size));
  const alphabet = 'abcdefghijklmnopqrstuvwxyz'.split('');
  for (let i = 25; i > 0; i--) {
    const j = pick(i + 1);
    const t = alphabet[i];
    alphabet[i] = alphabet[j];
    alphabet[j] = t;
  }
  const k = kind === 'maximum' ? 26 : kind === 'shared prefixes' ? 2 + pick(2) : 2 + pick(7);
  const letters = alphabet.slice(0, k);
  const rank = {};
  letters.forEach((ch, i) => (rank[ch] = i));
  const maxLen = kind === 'maximum' ? 100 : kind === 'shared prefixes' ? 6 : 4;
  const randomWord = () => {
    const len = kind === 'maximum' ? 90 + pick(11) : 1 + pick(maxLen);
    let w = '';
    for (let i = 0; i < len; i++) w += letters[pick(k)];
    return w;
  };
  let words = [];
  for (let i = 0; i < n; i++) {
    if (kind === 'shared prefixes' && i > 0 && rng() < 0.5) {
      // Extend or repeat a previous word, so pairs share a long prefix or are equal.
      const base = words[pick(i)];
      words.push(rng() < 0.3 ? base : base + letters[pick(k)]);
    } else if (kind === 'maximum' && i > 0 && rng() < 0.7) {
      const base = words[i - 1];
      const cut = pick(base.length);
      let w = base.slice(0, cut);
      while (w.length < 90 + pick(11)) w += letters[pick(k)];
      words.push(w);
    } else words.push(randomWord());
  }
  const compare = (a, b) => {
    for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return rank[a[i]] - rank[b[i]];
    return a.length - b.length;
  };
  words.sort(compare);
  if (kind === 'unconstrained letters' && words.length > 0) {
    // A letter from outside the hidden alphabet inside the last word, after the point that decides its place.
    const spare = alphabet[k];
    const last = words[words.length - 1];
    words[words.length - 1] = last + spare;
  }
  if (kind === 'prefix trap') {
    const at = pick(words.length);
    const w = words[at];
    const longer = w + letters[pick(k)] + (rng() < 0.5 ? letters[pick(k)] : '');
    words.splice(at, 0, longer); // longer word, then its own proper prefix
  } else if (kind === 'cycle' && k >= 2) {
    // Two or three letters required in a circle, by consecutive word pairs appended after the sorted list.
    const len = 2 + pick(Math.min(2, k - 1));
    const ring = letters.slice(0, len);
    const stem = rng() < 0.5 ? letters[pick(k)] : '';
    for (let i = 0; i <= len; i++) words.push(stem + ring[i % len]);
    if (words.length > 100) words = words.slice(words.length - 100);
  }
  if (words.length > 100) words = words.slice(0, 100);
  return [words];
}
