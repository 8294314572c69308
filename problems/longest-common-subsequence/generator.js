function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(1000, size));
  const word = (length, letters) => {
    let w = '';
    for (let i = 0; i < length; i++) w += letters[Math.floor(rng() * letters.length)];
    return w;
  };
  const otherLength = () => 1 + Math.floor(rng() * n);
  if (shape === undefined) {
    // A small alphabet keeps many letters in common, so the answer is neither 0 nor the shorter length.
    return [word(n, 'abc'), word(otherLength(), 'abc')];
  }
  if (shape === 'edited copy') {
    // text2 is text1 after random insertions, deletions and replacements: a long but broken common run.
    const original = word(n, 'abcd');
    const chars = original.split('');
    const edits = 1 + Math.floor(n / 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rng() * chars.length);
      const kind = rng();
      if (kind < 0.33 && chars.length > 1) chars.splice(at, 1);
      else if (kind < 0.66 && chars.length < 1000) chars.splice(at, 0, word(1, 'abcd'));
      else chars[at] = word(1, 'abcd');
    }
    return rng() < 0.5 ? [original, chars.join('')] : [chars.join(''), original];
  }
  if (shape === 'hidden subsequence') {
    // One word is the other with letters removed, so the answer is the shorter length.
    const long = word(n, 'abcde');
    let short = '';
    for (const letter of long) if (rng() < 0.5) short += letter;
    if (short === '') short = long[Math.floor(rng() * n)];
    return rng() < 0.5 ? [long, short] : [short, long];
  }
  if (shape === 'no common letters') {
    return rng() < 0.5 ? [word(n, 'abc'), word(otherLength(), 'xyz')] : [word(otherLength(), 'xyz'), word(n, 'abc')];
  }
  if (shape === 'reversed') {
    // A word against its reverse: counting shared letters overshoots, order matters.
    const w = word(n, 'abcd');
    return [w, w.split('').reverse().join('')];
  }
  if (shape === 'whole alphabet') {
    return [word(n, 'abcdefghijklmnopqrstuvwxyz'), word(otherLength(), 'abcdefghijklmnopqrstuvwxyz')];
  }
  throw new Error('unknown shape ' + shape);
}
