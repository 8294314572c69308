function generate(size, rng, shape) {
  const n = Math.max(1, size);
  if (shape !== undefined) return [shaped(Math.min(200000, n), rng, shape)];
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

/**
 * Strings where filters and case folding go wrong: a mirrored core whose letters change case (a
 * case-sensitive compare), symbols in runs on one side only (skipping one symbol, or only spaces),
 * underscores (`\W` keeps them), digits facing the letter 32 codes above them ('0' and 'P'), and
 * strings of symbols with at most one alphanumeric character.
 */
function shaped(n, rng, shape) {
  const pick = (chars) => chars[Math.floor(rng() * chars.length)];
  const mirrored = (length, chars) => {
    const half = Array.from({ length: Math.floor(length / 2) }, () => pick(chars));
    return half.concat(length % 2 === 1 ? [pick(chars)] : [], half.slice().reverse());
  };
  const sprinkle = (core, symbols, chance) => {
    const out = [];
    for (const c of core) {
      while (rng() < chance) out.push(pick(symbols));
      out.push(c);
    }
    return out.join('');
  };
  if (shape === 'mixed case') {
    const core = mirrored(n, 'abcxyz');
    if (rng() < 0.3 && n > 1) core[0] = core[0] === 'a' ? 'b' : 'a';
    return core.map((c) => (rng() < 0.5 ? c.toUpperCase() : c)).join('');
  }
  if (shape === 'symbol runs') return sprinkle(mirrored(Math.max(1, Math.ceil(n / 2)), 'ab1'), ' .,!?-', 0.5).slice(0, Math.max(1, n));
  if (shape === 'underscores') return sprinkle(mirrored(Math.max(1, Math.ceil(n / 2)), 'ab'), '_ ', 0.4);
  if (shape === 'digits facing letters') {
    // Digits 0-9 are codes 48-57 and 'P'-'Y' are 80-89: a fold that adds 32 to anything makes them equal.
    const core = mirrored(n, '0123456789pqrstuvwxy');
    const at = Math.floor(rng() * core.length);
    const c = core[at];
    const partner = c >= '0' && c <= '9' ? String.fromCharCode(c.charCodeAt(0) + 32) : c >= 'p' && c <= 'y' ? String.fromCharCode(c.charCodeAt(0) - 64) : c;
    if (rng() < 0.7) core[core.length - 1 - at] = rng() < 0.5 ? partner : partner.toUpperCase();
    return core.join('');
  }
  if (shape === 'symbols only') {
    const out = Array.from({ length: n }, () => pick(' .,;:!?-_#'));
    if (rng() < 0.5) out[Math.floor(rng() * n)] = pick('aZ7');
    return out.join('');
  }
  throw new Error('unknown shape ' + shape);
}
