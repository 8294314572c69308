function generate(size, rng, shape) {
  if (shape !== undefined) return [shaped(Math.max(1, Math.min(10000, size)), rng, shape)];
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

/**
 * Strings where bracket shortcuts break: valid blocks back to back with something wrong after the
 * first (returning as soon as the stack empties), one closer too many where the stack is empty
 * (skipping it), openers left at the end (forgetting the final check), two neighbours of different
 * types swapped (counting each type instead of keeping a stack), and one bracket type in any order.
 */
function shaped(n, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const valid = (length) => {
    const out = [];
    const open = [];
    for (let i = 0; i < length; i++) {
      if (open.length < length - i && (open.length === 0 || rng() < 0.5)) {
        const type = pick(3);
        out.push('([{'[type]);
        open.push(')]}'[type]);
      } else out.push(open.pop());
    }
    return out;
  };
  const even = (length) => Math.max(2, length - (length % 2));
  if (shape === 'blocks then a flaw') {
    const first = even(1 + pick(Math.max(1, n - 1)));
    const rest = valid(even(Math.max(2, n - first)));
    const flaw = pick(3);
    if (flaw === 0) rest.push('([{'[pick(3)]);
    else if (flaw === 1) rest[rest.length - 1] = ')]}'.replace(rest[rest.length - 1], '')[pick(2)];
    else rest.splice(pick(rest.length + 1), 0, ')]}'[pick(3)]);
    return valid(first).concat(rest).join('');
  }
  if (shape === 'extra closer') {
    const left = valid(even(pick(n)));
    const right = valid(even(Math.max(2, n - left.length)));
    return left.concat([')]}'[pick(3)]], right).join('');
  }
  if (shape === 'unclosed') {
    const body = valid(even(n));
    const at = pick(body.length + 1);
    body.splice(at, 0, '([{'[pick(3)]);
    return body.join('');
  }
  if (shape === 'swapped neighbours') {
    const body = valid(even(n));
    const candidates = [];
    const typeOf = (c) => Math.max('([{'.indexOf(c), ')]}'.indexOf(c));
    for (let i = 0; i + 1 < body.length; i++) {
      if (typeOf(body[i]) !== typeOf(body[i + 1])) candidates.push(i);
    }
    if (candidates.length > 0) {
      const i = candidates[pick(candidates.length)];
      [body[i], body[i + 1]] = [body[i + 1], body[i]];
    }
    return body.join('');
  }
  if (shape === 'one type') {
    const half = Math.floor(n / 2);
    const chars = Array.from({ length: n }, (_, i) => (i < half ? '(' : ')'));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
  }
  throw new Error('unknown shape ' + shape);
}
