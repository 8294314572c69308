/**
 * [tasks, n] with `size` tasks (at least 1). The shapes put the answer on both sides of the frame
 * formula: one dominant label (idle intervals needed), several labels tied for the top count (the
 * last frame grows by each), many labels with a small n (no idle at all, the answer is tasks.length),
 * n = 0, and a cooldown far longer than the tasks. Without a shape the size has no cap: the
 * efficiency tier's mostly-one-label list with n = 100 makes the answer about 100 times the length.
 */
function generate(size, rng, shape) {
  const m = Math.max(1, Math.floor(size));
  const pick = (count) => Math.floor(rng() * count);
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letters = (count) => {
    const chosen = [];
    while (chosen.length < count) {
      const letter = ALPHABET[pick(26)];
      if (!chosen.includes(letter)) chosen.push(letter);
    }
    return chosen;
  };
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      const held = a[i];
      a[i] = a[j];
      a[j] = held;
    }
    return a;
  };
  const from = (pool, length) => Array.from({ length }, () => pool[pick(pool.length)]);
  if (shape === undefined) {
    const tasks = Array.from({ length: m }, () => (rng() < 0.9 ? 'A' : ALPHABET[pick(26)]));
    return [tasks, 100];
  }
  const count = Math.min(1e4, m);
  switch (shape) {
    case 'uniform':
      return [from(ALPHABET, count), pick(101)];
    case 'few labels':
      return [from(letters(1 + pick(3)), count), pick(8)];
    case 'one dominant': {
      const [top, ...rest] = letters(1 + pick(6));
      const heavy = Math.max(1, Math.ceil(count / 2));
      const tasks = new Array(heavy).fill(top).concat(rest.length ? from(rest, count - heavy) : new Array(count - heavy).fill(top));
      return [shuffle(tasks), pick(6)];
    }
    case 'tied maxima': {
      const tied = letters(Math.min(count, 1 + pick(5)));
      const each = Math.max(1, Math.floor(count / (tied.length + 1)));
      const tasks = [];
      for (const letter of tied) for (let k = 0; k < each; k++) tasks.push(letter);
      const others = ALPHABET.split('').filter((l) => !tied.includes(l));
      while (tasks.length < count) {
        // Fillers stay below the tied count so the tie really is the maximum.
        const letter = others[pick(others.length)];
        if (tasks.filter((t) => t === letter).length + 1 < each) tasks.push(letter);
        else tasks.push(tied[0]);
      }
      return [shuffle(tasks), pick(5)];
    }
    case 'many labels, small n':
      return [from(letters(10 + pick(17)), count), pick(3)];
    case 'no cooldown':
      return [from(letters(1 + pick(26)), count), 0];
    case 'long cooldown':
      return [from(letters(1 + pick(4)), count), 50 + pick(51)];
    // The worst cases below are fixed lists of `size` tasks (no randomness).
    case 'one label, n = 100':
      return [new Array(count).fill('A'), 100];
    case 'A to Z repeated, n = 100':
      return [Array.from({ length: count }, (_, i) => ALPHABET[i % 26]), 100];
    case 'A to Z repeated, n = 25':
      return [Array.from({ length: count }, (_, i) => ALPHABET[i % 26]), 25];
    case 'half K then A to J repeated, n = 1': {
      const half = Math.floor(count / 2);
      return [Array.from({ length: count }, (_, i) => (i < half ? 'K' : ALPHABET[(i - half) % 10])), 1];
    }
    case 'half M then half N, n = 100': {
      const half = Math.floor(count / 2);
      return [Array.from({ length: count }, (_, i) => (i < half ? 'M' : 'N')), 100];
    }
    case 'every 7th letter, no cooldown':
      return [Array.from({ length: count }, (_, i) => ALPHABET[(i * 7) % 26]), 0];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
