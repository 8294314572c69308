function generate(size, rng, shape) {
  if (shape === undefined) return randomSplitLists(size, rng);
  const total = Math.max(0, Math.min(100, size));
  const first = Math.min(50, Math.floor(rng() * (total + 1)));
  const second = Math.min(50, total - first);
  const sorted = (n, value) => Array.from({ length: n }, value).sort((a, b) => a - b);
  const anyValue = () => -100 + Math.floor(rng() * 201);
  switch (shape) {
    // One list empty (either one): the loop never runs and the other list is the answer.
    case 'one empty': {
      const full = sorted(Math.min(50, total), anyValue);
      return rng() < 0.5 ? [full, []] : [[], full];
    }
    // Every value equal across both lists: a merge that skips or doubles a tie shows.
    case 'all equal': {
      const v = anyValue();
      return [sorted(first, () => v), sorted(second, () => v)];
    }
    // Values from {-1, 0, 1}: many ties between the heads.
    case 'few distinct values':
      return [sorted(first, () => Math.floor(rng() * 3) - 1), sorted(second, () => Math.floor(rng() * 3) - 1)];
    // One list entirely below the other, in either order: the leftover is a whole list.
    case 'disjoint ranges': {
      const low = sorted(first, () => -100 + Math.floor(rng() * 100));
      const high = sorted(second, () => Math.floor(rng() * 101));
      return rng() < 0.5 ? [low, high] : [high, low];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function randomSplitLists(size, rng) {
  const sortedList = (n) => {
    const values = [];
    for (let i = 0; i < n; i++) values.push(-100 + Math.floor(rng() * 201));
    return values.sort((a, b) => a - b);
  };
  const total = Math.max(0, Math.min(100, size));
  // An uneven split, so one list usually runs out well before the other.
  const first = Math.min(50, Math.floor(total * (0.2 + 0.6 * rng())));
  const second = Math.min(50, total - first);
  return [sortedList(first), sortedList(second)];
}
