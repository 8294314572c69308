function generate(size, rng) {
  const calls = Math.max(1, Math.min(30000, size));
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
