function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100, size));
  const digit = () => Math.floor(rng() * 10);
  const leading = () => 1 + Math.floor(rng() * 9);
  // Digits least significant first; the last one (the leading digit) is non-zero unless the number is 0.
  const number = (len, body, lead) => {
    if (len <= 0) return [0];
    const d = Array.from({ length: len - 1 }, body);
    d.push(len === 1 ? (lead ? lead() : digit()) : lead ? lead() : leading());
    return d;
  };
  switch (shape) {
    case undefined: {
      const m = 1 + Math.floor(rng() * n);
      return [number(n, digit), number(m, digit)];
    }
    // Lists of very different lengths, in either order: the longer tail is walked alone.
    case 'uneven lengths': {
      const short = 1 + Math.floor(rng() * Math.max(1, Math.floor(n / 3)));
      const a = number(n, digit);
      const b = number(short, digit);
      return rng() < 0.5 ? [a, b] : [b, a];
    }
    // Digits summing to 9 or more at every place: the carry ripples through and often adds a digit.
    case 'carry chain': {
      const a = number(n, () => 5 + Math.floor(rng() * 5), () => 5 + Math.floor(rng() * 5));
      const m = 1 + Math.floor(rng() * n);
      const b = number(m, () => 9 - Math.floor(rng() * 2), () => 9);
      return rng() < 0.5 ? [a, b] : [b, a];
    }
    // One operand is 0 or a single digit: the other number passes through, possibly with one carry.
    case 'one small': {
      const a = number(n, digit);
      const b = [digit()];
      return rng() < 0.5 ? [a, b] : [b, a];
    }
    // Small digits only (0..4): no carry ever happens.
    case 'no carry': {
      const small = () => Math.floor(rng() * 5);
      const m = 1 + Math.floor(rng() * n);
      return [number(n, small, () => 1 + Math.floor(rng() * 4)), number(m, small, () => 1 + Math.floor(rng() * 4))];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
