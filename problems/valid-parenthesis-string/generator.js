function generate(size, rng, shape) {
  // No upper cap on size, so the efficiency tier can go past 100; named shapes stay within 100.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const pick = (weights) => {
    // weights for '(', ')', '*'
    const total = weights[0] + weights[1] + weights[2];
    const r = rng() * total;
    return r < weights[0] ? '(' : r < weights[0] + weights[1] ? ')' : '*';
  };
  if (shape === undefined && n < 100) {
    // Below the maximum, no shape means any named one: the mutation gate's equivalence check draws
    // its small inputs without a shape, and one fixed string per size would make it blind.
    shape = ['random characters', 'balanced with stars', 'few stars', 'stars on the wrong side'][below(4)];
  }
  if (shape === undefined) {
    // Interview scale: opens, then stars, then a few closes: about n / 2 open counts stay reachable
    // for n / 2 characters, so tracking every reachable count is O(n^2) while the range is O(n).
    const half = Math.floor(n / 2);
    return ['('.repeat(half) + '*'.repeat(n - half - Math.floor(half / 4)) + ')'.repeat(Math.floor(half / 4))];
  }
  const length = Math.min(100, n);
  switch (shape) {
    case 'random characters':
      return [Array.from({ length }, () => pick([1, 1, 1])).join('')];
    case 'balanced with stars': {
      // A balanced string, then some brackets replaced by stars and, half the time, one bracket flipped.
      const chars = [];
      let open = 0;
      for (let i = 0; i < length; i++) {
        const left = length - i;
        if (open > 0 && (open >= left || rng() < 0.5)) {
          chars.push(')');
          open--;
        } else {
          chars.push('(');
          open++;
        }
      }
      for (let i = 0; i < chars.length; i++) if (rng() < 0.3) chars[i] = '*';
      if (rng() < 0.5) {
        const i = below(chars.length);
        chars[i] = chars[i] === '(' ? ')' : '(';
      }
      return [chars.join('')];
    }
    case 'few stars':
      return [Array.from({ length }, () => pick([5, 5, 1])).join('')];
    case 'stars on the wrong side': {
      // Closes then opens, with stars mostly on the side that cannot help: star position decides.
      const cut = below(length + 1);
      return [Array.from({ length }, (_, i) => (i < cut ? pick([1, 3, 2]) : pick([3, 1, 2]))).join('')];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
