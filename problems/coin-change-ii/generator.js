const ANSWER_LIMIT = 2 ** 31 - 1;

function generate(size, rng, shape) {
  // size is the amount; no upper cap, for the efficiency tier (hidden tests stay within 5000).
  const amount = Math.max(0, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const distinctFrom = (count, lo, hi) => {
    const seen = new Set();
    while (seen.size < Math.min(count, hi - lo + 1)) seen.add(between(lo, hi));
    return Array.from(seen);
  };
  const coinCap = Math.min(5000, Math.max(3, amount + 5));
  let coins;
  switch (shape) {
    case undefined:
      coins = distinctFrom(between(1, Math.min(300, coinCap)), 1, coinCap);
      break;
    case 'small coins':
      coins = distinctFrom(between(1, 4), 1, 6);
      break;
    case 'even coins':
      // Only even sums exist: an odd amount has no combination at all.
      coins = distinctFrom(between(1, 300), 1, Math.max(1, Math.floor(coinCap / 2))).map((c) => 2 * c);
      break;
    case 'coins above amount':
      // Most denominations can never be used; a couple of small ones can.
      coins = [...distinctFrom(between(1, 2), 1, 5), ...distinctFrom(between(1, 5), amount + 1, amount + 5000)];
      coins = Array.from(new Set(coins)).filter((c) => c <= 5000 || amount > 5000);
      break;
    case 'many large coins': {
      // Up to 300 denominations of at least half the amount: long table rows, answers stay small.
      const lo = Math.max(1, Math.ceil(amount / 2));
      const hi = amount <= 5000 ? Math.min(5000, Math.max(amount + 5, lo + 2)) : lo + 300;
      coins = distinctFrom(between(1, 300), lo, hi);
      break;
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [amount, withinAnswerLimit(amount, coins)];
}

function combinations(amount, coins) {
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (const coin of coins) for (let a = coin; a <= amount; a++) ways[a] += ways[a - coin];
  return ways[amount];
}

/**
 * Drops the fewest smallest coins that bring the answer within 32 bits (dropping coins never adds a
 * combination, so a binary search over how many to drop finds it), keeping the others' order.
 */
function withinAnswerLimit(amount, coins) {
  if (combinations(amount, coins) <= ANSWER_LIMIT) return coins;
  const ascending = [...coins].sort((a, b) => a - b);
  let lo = 1;
  let hi = ascending.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (combinations(amount, ascending.slice(mid)) <= ANSWER_LIMIT) hi = mid;
    else lo = mid + 1;
  }
  const smallestKept = ascending[lo];
  return coins.filter((c) => c >= smallestKept);
}
