function generate(size, rng, shape) {
  const n = Math.max(1, size);
  if (shape !== undefined) return shaped(Math.min(50000, n), rng, shape);
  // A small alphabet makes counts large, so an off-by-one in a single count matters.
  const alphabet = 'abcdefghijklmnopqrstuvwxyz'.slice(0, 3 + Math.floor(rng() * 24));
  const chars = [];
  for (let i = 0; i < n; i++) chars.push(alphabet[Math.floor(rng() * alphabet.length)]);
  const s = chars.join('');
  for (let i = chars.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = chars[i];
    chars[i] = chars[j];
    chars[j] = swap;
  }
  if (rng() < 0.5) {
    // Change a single character near the end so that the strings differ in exactly one count.
    const k = chars.length - 1 - Math.floor(rng() * Math.min(10, chars.length));
    const replacement = alphabet[(alphabet.indexOf(chars[k]) + 1) % alphabet.length];
    chars[k] = replacement === chars[k] ? 'z' : replacement;
  }
  return [s, chars.join('')];
}

/**
 * Pairs where shortcuts break: one repeated letter with the counts possibly apart, the same set of
 * letters in different counts (a set comparison), one letter more or fewer (a check that only walks
 * one string), letters moved so the character-code sums stay equal (a sum or XOR), true anagrams that
 * use 'z' (an alphabet loop one short), and plain shuffles.
 */
function shaped(n, rng, shape) {
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
  if (shape === 'one letter') {
    const letter = 'abcxyz'[pick(6)];
    const other = Math.max(1, n + pick(3) - 1);
    return [letter.repeat(n), letter.repeat(other)];
  }
  if (shape === 'same letter set') {
    // Both strings use exactly the letters of s, but one letter gains a copy another loses.
    const chars = letters(Math.max(2, n), 'abc');
    const t = shuffled(chars);
    const distinct = [...new Set(chars)];
    if (distinct.length > 1) {
      const from = t.indexOf(distinct[0]);
      if (chars.filter((c) => c === distinct[0]).length > 1) t[from] = distinct[1];
      else t[t.indexOf(distinct[1])] = distinct[0];
    }
    return [chars.join(''), t.join('')];
  }
  if (shape === 'one letter more or fewer') {
    const chars = letters(n, 'abcd');
    const t = shuffled(chars);
    if (rng() < 0.5 || t.length === 1) t.splice(pick(t.length + 1), 0, 'abcd'[pick(4)]);
    else t.splice(pick(t.length), 1);
    return rng() < 0.5 ? [chars.join(''), t.join('')] : [t.join(''), chars.join('')];
  }
  if (shape === 'equal code sum') {
    // One letter moves up by k and another down by k: same length and same sum of codes, not an anagram.
    const chars = letters(Math.max(2, n), 'bcdefgh');
    const t = shuffled(chars);
    const up = pick(t.length);
    let down = pick(t.length - 1);
    if (down >= up) down += 1;
    const k = 1 + pick(2);
    t[up] = String.fromCharCode(t[up].charCodeAt(0) + k);
    t[down] = String.fromCharCode(t[down].charCodeAt(0) - k);
    return [chars.join(''), t.join('')];
  }
  if (shape === 'anagram with z') {
    const chars = letters(Math.max(1, n - 1), 'wxyz');
    chars.push('z');
    return [chars.join(''), shuffled(chars).join('')];
  }
  throw new Error('unknown shape ' + shape);
}
