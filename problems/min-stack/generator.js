function generate(size, rng) {
  const calls = Math.max(1, size);
  const operations = ['MinStack'];
  const args = [[]];
  let depth = 0;
  const value = () => {
    const roll = rng();
    if (roll < 0.02) return roll < 0.01 ? -2147483648 : 2147483647;
    // A narrow range some of the time so the minimum is often pushed more than once.
    return roll < 0.5 ? Math.floor(rng() * 21) - 10 : Math.floor(rng() * 4294967296) - 2147483648;
  };
  // Fill the stack first, then query it mostly with getMin, so scanning the stack per getMin is expensive.
  for (let i = 0; i < calls; i++) {
    const fillPhase = i < calls * 0.4;
    const roll = rng();
    if (depth === 0 || (fillPhase && roll < 0.9) || (!fillPhase && roll < 0.1)) {
      operations.push('push');
      args.push([value()]);
      depth++;
    } else if (roll < (fillPhase ? 0.93 : 0.2)) {
      operations.push('pop');
      args.push([]);
      depth--;
    } else if (roll < (fillPhase ? 0.96 : 0.3)) {
      operations.push('top');
      args.push([]);
    } else {
      operations.push('getMin');
      args.push([]);
    }
  }
  return [operations, args];
}
