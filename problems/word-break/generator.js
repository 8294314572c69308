function generate(size, rng) {
  const n = Math.max(1, Math.min(300, size));
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
