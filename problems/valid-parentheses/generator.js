function generate(size, rng) {
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(2, size - (size % 2));
  const pairs = ['()', '[]', '{}'];
  const out = [];
  const open = [];
  // Deep nesting for most of the string: removing matched pairs one layer at a time is then quadratic.
  const depthBias = rng() < 0.7 ? 0.9 : 0.5;
  for (let i = 0; i < n; i++) {
    const remaining = n - i;
    const mustClose = open.length >= remaining;
    if (!mustClose && (open.length === 0 || rng() < depthBias)) {
      const p = pairs[Math.floor(rng() * 3)];
      out.push(p[0]);
      open.push(p[1]);
    } else out.push(open.pop());
  }
  const roll = rng();
  if (roll < 0.2) {
    // Swap one bracket's type near the middle: still balanced by count, but invalid.
    const k = Math.floor(n / 2) + Math.floor(rng() * Math.max(1, Math.floor(n / 4)));
    const swapType = { '(': '[', '[': '{', '{': '(', ')': ']', ']': '}', '}': ')' };
    out[k] = swapType[out[k]];
  } else if (roll < 0.35) {
    // Drop the final closer and add an opener: right length parity, one bracket left open.
    out[n - 1] = '(';
  }
  return [out.join('')];
}
