/**
 * Copy List with Random Pointer inputs: n = size nodes (0..1000) as LeetCode's [val, random_index]
 * pairs. The shape decides where the random pointers go (and, for one shape, the values).
 */
function generate(size, rng, shape) {
  const n = Math.max(0, Math.min(1000, size));
  const value = () => Math.floor(rng() * 20001) - 10000;
  const index = () => Math.floor(rng() * n);
  let vals = Array.from({ length: n }, value);
  let random;
  switch (shape) {
    // Random values, and each random pointer null about a quarter of the time, otherwise any node.
    case undefined:
      random = (i) => (rng() < 0.25 ? null : index());
      break;
    // No random pointers at all: a plain list copy.
    case 'all null':
      random = () => null;
      break;
    // Every node's random pointer is the node itself.
    case 'self':
      random = (i) => i;
      break;
    // Every random pointer goes to one and the same node (an occasional null).
    case 'all to one': {
      const target = index();
      random = () => (rng() < 0.1 ? null : target);
      break;
    }
    // Values from only two or three choices (often all equal), so a node cannot be found by its value.
    case 'duplicate values': {
      const choices = [value(), value(), value()].slice(0, 1 + Math.floor(rng() * 3));
      vals = Array.from({ length: n }, () => choices[Math.floor(rng() * choices.length)]);
      random = () => (rng() < 0.15 ? null : index());
      break;
    }
    // Random pointers only to later nodes (or null on the last): their targets are not copied yet in a single pass.
    case 'forward':
      random = (i) => (i + 1 < n ? i + 1 + Math.floor(rng() * (n - i - 1)) : null);
      break;
    // Random pointers only to earlier nodes (or null on the first).
    case 'backward':
      random = (i) => (i > 0 ? Math.floor(rng() * i) : null);
      break;
    // Node i points to node n - 1 - i: the mirror image (the middle of an odd list points to itself).
    case 'mirror':
      random = (i) => n - 1 - i;
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const head = [];
  for (let i = 0; i < n; i++) head.push([vals[i], random(i)]);
  return [head];
}
