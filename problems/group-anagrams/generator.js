function generate(size, rng, shape) {
  const n = Math.max(1, size);
  if (shape !== undefined) return shaped(n, rng, shape);
  // Mostly distinct letter multisets (the costly case for comparing against every group), some shared.
  const groupCount = Math.max(1, Math.floor(n * (0.8 + rng() * 0.2)));
  const bases = [];
  for (let g = 0; g < groupCount; g++) {
    // Similar lengths defeat a length-mismatch shortcut in pairwise comparison.
    const len = 8 + Math.floor(rng() * 3);
    let w = '';
    for (let i = 0; i < len; i++) w += String.fromCharCode(97 + Math.floor(rng() * 26));
    bases.push(w);
  }
  const strs = [];
  for (let i = 0; i < n; i++) {
    const letters = bases[i < groupCount ? i : Math.floor(rng() * groupCount)].split('');
    for (let a = letters.length - 1; a > 0; a--) {
      const b = Math.floor(rng() * (a + 1));
      const t = letters[a];
      letters[a] = letters[b];
      letters[b] = t;
    }
    strs.push(letters.join(''));
  }
  return [strs];
}

/**
 * Word lists where a weak grouping key collides: one letter repeated (only the length differs, the
 * empty word included), a two-letter alphabet (letter counts that concatenate alike), words with equal
 * letter sums that are not anagrams, and a list that is all one anagram group.
 */
function shaped(n, rng, shape) {
  const shuffle = (w) => {
    const letters = w.split('');
    for (let a = letters.length - 1; a > 0; a--) {
      const b = Math.floor(rng() * (a + 1));
      const t = letters[a];
      letters[a] = letters[b];
      letters[b] = t;
    }
    return letters.join('');
  };
  const strs = [];
  if (shape === 'one letter') {
    for (let i = 0; i < n; i++) strs.push('a'.repeat(Math.floor(rng() * 4)));
  } else if (shape === 'two letters') {
    for (let i = 0; i < n; i++) {
      let w = '';
      const len = Math.floor(rng() * 5);
      for (let j = 0; j < len; j++) w += rng() < 0.5 ? 'a' : 'b';
      strs.push(w);
    }
  } else if (shape === 'equal letter sums') {
    // "ad", "bc", "da", "cb": the same character-code sum, two groups.
    const sets = ['ad', 'bc', 'aad', 'abc', 'bbb', 'acc', 'ae', 'bd', 'cc'];
    for (let i = 0; i < n; i++) strs.push(shuffle(sets[Math.floor(rng() * sets.length)]));
  } else if (shape === 'one group') {
    let base = '';
    const len = Math.floor(rng() * 7);
    for (let j = 0; j < len; j++) base += String.fromCharCode(97 + Math.floor(rng() * 26));
    for (let i = 0; i < n; i++) strs.push(shuffle(base));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [strs];
}
