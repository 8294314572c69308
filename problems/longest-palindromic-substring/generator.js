function generate(size, rng) {
  const n = Math.max(1, Math.min(1000, size));
  const mode = rng();
  if (mode < 0.4) {
    // One repeated letter: every substring is a palindrome, the worst case for checking them all.
    const letter = String.fromCharCode(97 + Math.floor(rng() * 26));
    return [letter.repeat(n)];
  }
  const letters = mode < 0.7 ? 'ab' : 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += letters[Math.floor(rng() * letters.length)];
  return [s];
}
