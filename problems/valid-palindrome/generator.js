function generate(size, rng) {
  const n = Math.max(1, size);
  const alphanumeric = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const other = ' .,;:!?\'"-_()[]{}@#$%^&*/\\|`~<>=+';
  // Build a palindrome over about half the length, then scatter punctuation and random case.
  const half = [];
  for (let i = 0; i < Math.floor(n / 3); i++) half.push(alphanumeric[Math.floor(rng() * alphanumeric.length)]);
  const core = half.concat(rng() < 0.5 ? [alphanumeric[Math.floor(rng() * 36)]] : [], half.slice().reverse());
  if (rng() < 0.5 && core.length > 1) {
    // Break the mirror near the middle, where a two-pointer scan arrives last.
    const k = Math.floor(core.length / 2) - Math.floor(rng() * Math.min(5, Math.floor(core.length / 2)));
    core[k] = core[k] === 'a' ? 'b' : 'a';
  }
  const out = [];
  for (const c of core) {
    while (out.length < n && rng() < 0.3) out.push(other[Math.floor(rng() * other.length)]);
    out.push(rng() < 0.5 ? c.toUpperCase() : c);
  }
  while (out.length < n) out.push(other[Math.floor(rng() * other.length)]);
  return [out.join('')];
}
