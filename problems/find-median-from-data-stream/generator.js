function generate(size, rng, shape) {
  const calls = Math.max(1, Math.min(30000, size));
  if (shape !== undefined) return shaped(calls, rng, shape);
  // The first draw picks the shape. A rising stream, each number at or above every earlier one, is the
  // worst case for keeping a sorted array by scanning for the insertion point (every scan crosses the
  // whole array), and its median query after every few additions is the worst case for sorting on each
  // query. Otherwise the numbers are random, so new values land in either half.
  const rising = rng() < 0.4;
  const queryShare = rising ? 0.15 : 0.25;
  let last = rising ? -100000 + Math.floor(rng() * 1000) : 0;
  const next = () => {
    if (!rising) return -100000 + Math.floor(rng() * 200001);
    // Steps of 0 to 6 keep 3 * 10^4 additions inside the range and let some values repeat.
    last = Math.min(100000, last + Math.floor(rng() * 7));
    return last;
  };
  const operations = ['MedianFinder', 'addNum'];
  const args = [[], [next()]];
  for (let i = 1; i < calls; i++) {
    // Mostly additions so the stream grows large; the queries check every stage along the way.
    if (rng() >= queryShare) {
      operations.push('addNum');
      args.push([next()]);
    } else {
      operations.push('findMedian');
      args.push([]);
    }
  }
  return [operations, args];
}

/**
 * Short streams that probe each half of a two-heap design: rising and falling streams (every new
 * number lands in the same half), a few repeated values (ties at the boundary), and small numbers
 * with the median asked after every addition (odd and even counts alternate, halves like -0.5).
 */
function shaped(calls, rng, shape) {
  let next;
  let last = Math.floor(rng() * 20) - 10;
  if (shape === 'rising') next = () => (last += Math.floor(rng() * 4));
  else if (shape === 'falling') next = () => (last -= Math.floor(rng() * 4));
  else if (shape === 'few values') next = () => Math.floor(rng() * 3) - 1;
  else if (shape === 'median after every addition') next = () => Math.floor(rng() * 21) - 10;
  else throw new Error('unknown shape ' + shape);
  const everyTime = shape === 'median after every addition';
  const operations = ['MedianFinder', 'addNum'];
  const args = [[], [next()]];
  for (let i = 1; i < calls; i++) {
    const query = everyTime ? operations[operations.length - 1] === 'addNum' : rng() < 0.4;
    operations.push(query ? 'findMedian' : 'addNum');
    args.push(query ? [] : [next()]);
  }
  if (operations[operations.length - 1] !== 'findMedian') {
    operations.push('findMedian');
    args.push([]);
  }
  return [operations, args];
}
