function generate(size, rng) {
  // Sizes up to LeetCode's 2 * 10^5 calls keep the capacity within its 3,000 and keys within 10^4.
  // A size above that asks the efficiency tier's input (tests.json efficiency): size - 2 * 10^5 calls
  // with the capacity, beyond the constraints by design, half the calls.
  const beyondConstraints = size > 200000;
  const calls = Math.max(1, beyondConstraints ? size - 200000 : size);
  // A large, full cache is what separates O(1) bookkeeping from scanning a recency list on every call.
  const capacity = Math.max(1, beyondConstraints ? Math.floor(calls / 2) : Math.min(3000, Math.floor(calls / 4)));
  // Keys drawn from twice the capacity: once full, hits, misses and evictions all happen.
  const keySpace = beyondConstraints ? capacity * 2 : Math.min(10001, capacity * 2);
  const operations = ['LRUCache'];
  const args = [[capacity]];
  // The first calls fill the cache with distinct keys, so the rest run against a full cache.
  const fill = Math.min(capacity, calls);
  for (let i = 0; i < fill; i++) {
    operations.push('put');
    args.push([2 * i + (rng() < 0.5 ? 1 : 0), Math.floor(rng() * 100001)]);
  }
  for (let i = fill; i < calls; i++) {
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
