function generate(size, rng) {
  const calls = Math.max(1, Math.min(30000, size));
  const operations = ['MedianFinder', 'addNum'];
  const args = [[], [-100000 + Math.floor(rng() * 200001)]];
  for (let i = 1; i < calls; i++) {
    // Mostly additions so the stream grows large; the queries check every stage along the way.
    if (rng() < 0.75) {
      operations.push('addNum');
      args.push([-100000 + Math.floor(rng() * 200001)]);
    } else {
      operations.push('findMedian');
      args.push([]);
    }
  }
  return [operations, args];
}
