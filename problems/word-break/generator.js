function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(300, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  if (rng() < 0.5) {
    // Many overlapping ways to cut a long run of one letter, then a letter no word can end with:
    // trying every split without remembering failures explodes here.
    const runs = [];
    const maxRun = 5 + Math.floor(rng() * 6);
    for (let k = 1; k <= maxRun; k++) runs.push('a'.repeat(k));
    return ['a'.repeat(n - 1) + 'b', runs];
  }
  const alphabet = 'ab';
  const dict = new Set();
  const target = 5 + Math.floor(rng() * 20);
  while (dict.size < target) {
    const len = 1 + Math.floor(rng() * 6);
    let w = '';
    for (let i = 0; i < len; i++) w += alphabet[Math.floor(rng() * alphabet.length)];
    dict.add(w);
  }
  const words = Array.from(dict);
  let s = '';
  while (s.length < n) s += words[Math.floor(rng() * words.length)];
  return [s.slice(0, n), words];
}

/**
 * Small inputs where shortcuts break: a run of one letter with two run lengths (greedy longest or
 * shortest piece fails), words that are prefixes of one another (the first match is not the right
 * one), one word needed several times (using each word once), a string that tiles except for its
 * end (a dead end after many good cuts), and random words over two letters.
 */
function shaped(n, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const word = (length, alphabet) => Array.from({ length }, () => alphabet[pick(alphabet.length)]).join('');
  const distinctWords = (count, maxLength, alphabet) => {
    const words = new Set();
    for (let tries = 0; words.size < count && tries < 100; tries++) words.add(word(1 + pick(maxLength), alphabet));
    return [...words];
  };
  const tile = (words, length) => {
    let s = '';
    while (s.length < length) s += words[pick(words.length)];
    return s;
  };
  if (shape === 'one letter runs') {
    const short = 2 + pick(3);
    const long = short + 1 + pick(3);
    return ['a'.repeat(n), rng() < 0.5 ? ['a'.repeat(long), 'a'.repeat(short)] : ['a'.repeat(short), 'a'.repeat(long)]];
  }
  if (shape === 'prefix words') {
    const base = word(2 + pick(3), 'ab');
    const words = [base.slice(0, 1), base.slice(0, 2), base, base + word(1 + pick(2), 'ab'), word(1 + pick(3), 'ab')];
    const dict = [...new Set(words)];
    return [tile(dict, n).slice(0, Math.max(n, 1)), dict];
  }
  if (shape === 'word reused') {
    const dict = distinctWords(1 + pick(3), 3, 'abc');
    const chosen = dict[pick(dict.length)];
    let s = chosen.repeat(Math.max(1, Math.floor(n / chosen.length)));
    if (rng() < 0.4) s += 'abc'[pick(3)];
    return [s.slice(0, 300), dict];
  }
  if (shape === 'dead end at the end') {
    const dict = distinctWords(2 + pick(4), 4, 'ab');
    const s = tile(dict, Math.max(1, n - 1)) + (rng() < 0.7 ? 'c' : 'ab'[pick(2)]);
    return [s.slice(-300), dict];
  }
  if (shape === 'random letters') return [word(n, 'ab'), distinctWords(2 + pick(5), 3, 'ab')];
  throw new Error('unknown shape ' + shape);
}
