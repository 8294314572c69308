function generate(size, rng, shape) {
  if (shape === undefined) return fillThenQuery(size, rng);
  const calls = Math.max(1, size);
  let value;
  let popShare = 0.3;
  switch (shape) {
    // Values from {0, 1, 2}: the minimum is pushed again and again, and 0 is a falsy minimum.
    case 'repeated minimum':
      value = () => Math.floor(rng() * 3);
      break;
    // Every push smaller than the last, then pops: each pop must bring back the previous minimum.
    case 'decreasing pushes': {
      let next = 50;
      value = () => (next -= 1 + Math.floor(rng() * 3));
      break;
    }
    // Pops as often as pushes, so the stack empties and refills and the minimum changes all the time.
    case 'pop heavy':
      value = () => Math.floor(rng() * 21) - 10;
      popShare = 0.5;
      break;
    // Only the two ends of the value range.
    case 'extremes':
      value = () => (rng() < 0.5 ? -2147483648 : 2147483647);
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  return randomCalls(calls, rng, value, popShare);
}

/** A call sequence that never queries an empty stack: push when empty, else pop / top / getMin / push. */
function randomCalls(calls, rng, value, popShare) {
  const operations = ['MinStack'];
  const args = [[]];
  let depth = 0;
  for (let i = 0; i < calls; i++) {
    const roll = rng();
    if (depth === 0 || roll < 0.45) {
      operations.push('push');
      args.push([value()]);
      depth++;
    } else if (roll < 0.45 + popShare * 0.55) {
      operations.push('pop');
      args.push([]);
      depth--;
    } else {
      operations.push(rng() < 0.8 ? 'getMin' : 'top');
      args.push([]);
    }
  }
  return [operations, args];
}

function fillThenQuery(size, rng) {
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
