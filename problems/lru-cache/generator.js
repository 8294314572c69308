function generate(size, rng, shape) {
  if (shape !== undefined) return shaped(Math.max(1, size), rng, shape);
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

/**
 * Short call sequences on a tiny cache where recency bookkeeping slips: capacity 1, gets that refresh
 * a key just before an eviction, puts that overwrite a cached key when full (no eviction is due), and
 * keys 0 and 10^4 at the ends of the key range.
 */
function shaped(calls, rng, shape) {
  let capacity = 1 + Math.floor(rng() * 3);
  let keys = [0, 1, 2, 3, 4];
  let getShare = 0.5;
  if (shape === 'capacity 1') {
    capacity = 1;
    keys = [0, 1, 2];
  } else if (shape === 'gets refresh') {
    getShare = 0.6;
    keys = keys.slice(0, capacity + 1);
  } else if (shape === 'overwrites when full') {
    getShare = 0.35;
    keys = keys.slice(0, capacity + 1);
  } else if (shape === 'key range ends') {
    keys = [0, 1, 9999, 10000];
  } else {
    throw new Error('unknown shape ' + shape);
  }
  const operations = ['LRUCache'];
  const args = [[capacity]];
  for (let i = 0; i < calls; i++) {
    const key = keys[Math.floor(rng() * keys.length)];
    if (rng() < getShare) {
      operations.push('get');
      args.push([key]);
    } else {
      operations.push('put');
      args.push([key, Math.floor(rng() * 100001)]);
    }
  }
  return [operations, args];
}
