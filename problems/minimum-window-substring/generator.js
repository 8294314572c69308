function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  const drawInput = shape === undefined ? draw : shapedDraw(shape);
  // The statement promises a unique shortest window (LeetCode's guarantee), so a draw with a tie is
  // drawn again; t = s is the last resort, whose only covering window is s itself.
  for (let attempt = 0; attempt < 40; attempt++) {
    const [s, t] = drawInput(n, rng);
    if (shortestWindows(s, t) <= 1) return [s, t];
  }
  const [s] = drawInput(n, rng);
  return [s, s];
}

/** Draws over a tiny alphabet, where t repeats letters and surplus copies sit inside windows. */
function shapedDraw(shape) {
  const over = (alphabet, length, rng) => Array.from({ length }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
  switch (shape) {
    // s and t from {a, b}: t needs several copies of a letter, s has surplus copies to shrink past.
    case 'two letters':
      return (n, rng) => [over('ab', n, rng), over('ab', 1 + Math.floor(rng() * Math.min(n, 4)), rng)];
    // Upper and lower case of the same letters: a case-folding count merges 'a' and 'A'.
    case 'mixed case':
      return (n, rng) => [over('aAbB', n, rng), over('aAbB', 1 + Math.floor(rng() * Math.min(n, 3)), rng)];
    // t is one letter repeated, s holds it a few times among others: counts, not presence, decide.
    case 'repeated letter in t':
      return (n, rng) => [over('abc', n, rng), 'a'.repeat(1 + Math.floor(rng() * Math.min(n, 3)))];
    // t asks for a letter s lacks or more copies than s has, so the answer is "" (sometimes it does exist).
    case 'maybe no window':
      return (n, rng) => [over('abc', n, rng), over(rng() < 0.5 ? 'abcd' : 'ab', 1 + Math.floor(rng() * (n + 2)), rng)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function draw(n, rng) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // s mostly uses a small common alphabet; a few rare letters make every covering window long.
  const common = 3 + Math.floor(rng() * 20);
  const chars = [];
  for (let i = 0; i < n; i++) chars.push(letters[Math.floor(rng() * common)]);
  const rare = letters[common + Math.floor(rng() * (letters.length - common))];
  const rareCopies = 1 + Math.floor(rng() * 3);
  for (let r = 0; r < rareCopies; r++) chars[Math.floor(rng() * n)] = rare;
  const t = [rare];
  const tLength = 1 + Math.floor(rng() * Math.min(30, n));
  while (t.length < tLength) t.push(letters[Math.floor(rng() * common)]);
  // Sometimes ask for one more rare copy than s holds, so no window exists.
  if (rng() < 0.2) for (let r = 0; r < rareCopies; r++) t.push(rare);
  return [chars.join(''), t.join('')];
}

/** How many windows of the minimum length cover t (0 when none does). */
function shortestWindows(s, t) {
  const need = new Map();
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = t.length;
  let left = 0;
  let best = Infinity;
  let count = 0;
  for (let right = 0; right < s.length; right++) {
    if (need.has(s[right])) {
      if (need.get(s[right]) > 0) missing--;
      need.set(s[right], need.get(s[right]) - 1);
    }
    while (missing === 0 && (!need.has(s[left]) || need.get(s[left]) < 0)) {
      if (need.has(s[left])) need.set(s[left], need.get(s[left]) + 1);
      left++;
    }
    if (missing !== 0) continue;
    const length = right - left + 1;
    if (length < best) {
      best = length;
      count = 1;
    } else if (length === best) {
      count++;
    }
  }
  return count;
}
