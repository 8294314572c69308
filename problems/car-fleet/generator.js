function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  const pick = (count) => Math.floor(rng() * count);
  // Distinct positions below target, in random order as LeetCode gives them.
  const positions = (target) => {
    const chosen = new Set();
    while (chosen.size < n) chosen.add(pick(target));
    const list = [...chosen];
    for (let i = list.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  if (shape === undefined) {
    const target = n + 1 + pick(n < 1000 ? 30 : 1e6 - n);
    const position = positions(target);
    return [target, position, position.map(() => 1 + pick(n < 1000 ? 6 : 1e6))];
  }
  if (shape === 'same speed') {
    const target = n + pick(20) + 1;
    const position = positions(target);
    const v = 1 + pick(5);
    return [target, position, position.map(() => v)];
  }
  if (shape === 'ties at target') {
    // Speeds proportional to the distance left, so many cars reach the target at the same moment.
    const target = Math.min(1e6, 12 * (n + 1));
    const position = positions(target);
    return [target, position, position.map((p) => ((target - p) % 2 === 0 && rng() < 0.7 ? (target - p) / 2 : 1 + pick(4)))];
  }
  if (shape === 'faster behind') {
    // Speed grows with distance to the target, so cars behind keep catching the ones ahead.
    const target = 4 * n + 10;
    const position = positions(target);
    return [target, position, position.map((p) => 1 + Math.floor((target - p) / 3) + pick(2))];
  }
  if (shape === 'slower behind') {
    const target = 4 * n + 10;
    const position = positions(target);
    return [target, position, position.map((p) => 1 + Math.max(0, 20 - Math.floor((target - p) / 2)) + pick(2))];
  }
  throw new Error('unknown shape ' + shape);
}
