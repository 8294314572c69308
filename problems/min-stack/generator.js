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
  // Fill the stack in the first half so that scanning it for every getMin is expensive.
  for (let i = 0; i < calls; i++) {
    const fillPhase = i < calls / 2;
    const roll = rng();
    if (depth === 0 || (fillPhase && roll < 0.85) || (!fillPhase && roll < 0.15)) {
      operations.push('push');
      args.push([value()]);
      depth++;
    } else if (roll < (fillPhase ? 0.9 : 0.3)) {
      operations.push('pop');
      args.push([]);
      depth--;
    } else if (roll < (fillPhase ? 0.95 : 0.5)) {
      operations.push('top');
      args.push([]);
    } else {
      operations.push('getMin');
      args.push([]);
    }
  }
  return [operations, args];
}
