// Linked lists as LeetCode gives them: [values, pos], where pos is the index the tail links back to
// (-1: no cycle). Shapes place the cycle's entry (the head, the middle, the tail itself, none) and
// repeat values, so that only node identity, never a value, tells two nodes apart.
const MAX_NODES = 10000;
const MAX_VAL = 100000;

function randomValues(n, rng, pick) {
  return Array.from({ length: n }, pick);
}

const anyValue = (rng) => () => Math.floor(rng() * (2 * MAX_VAL + 1)) - MAX_VAL;

/** -1 half the time, otherwise an index chosen uniformly. */
function maybeCycle(n, rng) {
  return n === 0 || rng() < 0.5 ? -1 : Math.floor(rng() * n);
}

const shapes = {
  // No cycle: the walk ends at null (odd and even lengths alike).
  'no cycle': (n, rng) => [randomValues(n, rng, anyValue(rng)), -1],
  // The tail links back to the first node: the whole list is the cycle.
  'cycle to head': (n, rng) => [randomValues(Math.max(1, n), rng, anyValue(rng)), 0],
  // The tail links to itself: a cycle of one node at the very end.
  'tail to itself': (n, rng) => {
    const m = Math.max(1, n);
    return [randomValues(m, rng, anyValue(rng)), m - 1];
  },
  // The cycle starts strictly inside the list: a lead-in that is not part of the loop.
  'cycle in the middle': (n, rng) => {
    const m = Math.max(3, n);
    return [randomValues(m, rng, anyValue(rng)), 1 + Math.floor(rng() * (m - 2))];
  },
  // Values from {-1, 0, 1}: repeats everywhere, so a set of seen values is wrong.
  'few distinct values': (n, rng) => [randomValues(n, rng, () => Math.floor(rng() * 3) - 1), maybeCycle(n, rng)],
  // One value in every node.
  'all equal': (n, rng) => {
    const v = anyValue(rng)();
    return [randomValues(n, rng, () => v), maybeCycle(n, rng)];
  },
  // Only the bounds -10^5 and 10^5: a value used as a "visited" marker collides.
  'extreme values': (n, rng) => [randomValues(n, rng, () => (rng() < 0.5 ? -MAX_VAL : MAX_VAL)), maybeCycle(n, rng)],
};

function generate(size, rng, shape) {
  const n = Math.max(0, Math.min(MAX_NODES, size));
  if (shape === undefined) {
    const values = randomValues(n, rng, anyValue(rng));
    const pos = n === 0 || rng() < 1 / 3 ? -1 : Math.floor(rng() * n);
    return [values, pos];
  }
  if (!Object.prototype.hasOwnProperty.call(shapes, shape)) throw new Error('unknown shape ' + shape);
  return shapes[shape](n, rng);
}
