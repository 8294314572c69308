/**
 * size is the length of s (no upper cap: the efficiency tier passes lengths above 1000). Every
 * result keeps the count within 2^31 - 1 (the statement's guarantee): when a draw counts more, t
 * grows by letters of s until it fits (t = s counts 1). Shapes:
 * - default: s over 'abc', t a random subsequence of s (answer >= 1);
 * - 'one letter': s and t of one repeated letter (the count is a binomial coefficient);
 * - 'mixed case': letters 'aA', t random (case-sensitive matching);
 * - 'missing letter': t ends with a letter s lacks (answer 0, the whole table is still filled);
 * - 'longer t': t longer than s (answer 0);
 * - 'alphabet': s over all 52 letters, t a subsequence of s.
 */
function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const pick = (k) => Math.floor(rng() * k);
  const word = (length, letters) => {
    let w = '';
    for (let i = 0; i < length; i++) w += letters[pick(letters.length)];
    return w;
  };
  const subsequence = (s, length) => {
    const keep = new Set();
    while (keep.size < Math.min(length, s.length)) keep.add(pick(s.length));
    return [...keep].sort((a, b) => a - b).map((i) => s[i]).join('');
  };
  const tooMany = (s, t) => {
    const cap = 2147483648;
    const ways = new Array(t.length + 1).fill(0);
    ways[0] = 1;
    for (let i = 0; i < s.length; i++) {
      for (let j = t.length; j >= 1; j--) if (s[i] === t[j - 1]) ways[j] = Math.min(cap, ways[j] + ways[j - 1]);
    }
    return ways[t.length] >= cap;
  };
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s;
  let t;
  if (shape === undefined) {
    s = word(n, 'abc');
    t = subsequence(s, 1 + pick(n));
  } else if (shape === 'one letter') {
    s = 'a'.repeat(n);
    t = 'a'.repeat(1 + pick(n));
  } else if (shape === 'mixed case') {
    s = word(n, 'aA');
    t = word(1 + pick(Math.min(n, 8)), 'aA');
  } else if (shape === 'missing letter') {
    s = word(n, 'ab');
    t = word(Math.max(0, Math.floor(n / 3) - 1), 'ab') + 'z';
  } else if (shape === 'longer t') {
    s = word(n, 'ab');
    t = word(n + 1 + pick(3), 'ab');
  } else if (shape === 'alphabet') {
    s = word(n, 'abcdefghijklmnopqrstuvwxyz' + upper);
    t = subsequence(s, 1 + pick(n));
  } else throw new Error('unknown shape ' + shape);
  if (t.length > 1000 && n <= 1000) t = t.slice(0, 1000);
  // Keep the guarantee: a longer subsequence of s has fewer ways; t = s has exactly one.
  while (tooMany(s, t)) {
    t = t.length >= s.length ? s : subsequence(s, t.length + Math.max(1, Math.floor((s.length - t.length) / 4)));
  }
  return [s, t];
}
