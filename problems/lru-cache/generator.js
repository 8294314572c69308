function generate(size, rng) {
  const calls = Math.max(1, Math.min(50000, size));
  const capacity = Math.max(1, Math.min(10000, Math.floor(calls / 5)));
  // Keys drawn from twice the capacity: the cache stays full, and hits, misses and evictions all happen.
  const keySpace = Math.min(100001, capacity * 2);
  const operations = ['LRUCache'];
  const args = [[capacity]];
  for (let i = 0; i < calls; i++) {
    const key = Math.floor(rng() * keySpace);
    if (rng() < 0.5) {
      operations.push('get');
      args.push([key]);
    } else {
      operations.push('put');
      args.push([key, Math.floor(rng() * 100001)]);
    }
  }
  return [operations, args];
}
