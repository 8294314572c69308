function generate(size, rng) {
  const n = Math.max(1, size);
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
