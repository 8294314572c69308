function generate(size, rng) {
  const n = Math.max(1, size);
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
