function generate(size, rng) {
  const n = Math.max(1, Math.min(100000, size));
  // The statement promises a unique shortest window (LeetCode's guarantee), so a draw with a tie is
  // drawn again; t = s is the last resort, whose only covering window is s itself.
  for (let attempt = 0; attempt < 40; attempt++) {
    const [s, t] = draw(n, rng);
    if (shortestWindows(s, t) <= 1) return [s, t];
  }
  const [s] = draw(n, rng);
  return [s, s];
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
