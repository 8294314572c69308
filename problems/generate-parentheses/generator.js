/**
 * The only input is n (1..8), so shapes choose which n. Random shapes stay at n <= 6 so that a
 * brute force over all 4^n strings, which LeetCode accepts, meets n = 7 and 8 only a few times
 * within one submission's time budget.
 */
function generate(size, rng, shape) {
  const top = Math.max(1, Math.min(8, size));
  const pick = (choices) => choices[Math.floor(rng() * choices.length)];
  if (shape === undefined) return [1 + Math.floor(rng() * Math.min(6, top))];
  if (shape === 'exact n') return [top];
  if (shape === 'smallest n') return [pick([1, 2])];
  if (shape === 'middle n') return [pick([3, 4, 5])];
  if (shape === 'odd n') return [pick([1, 3, 5])];
  if (shape === 'even n') return [pick([2, 4, 6])];
  if (shape === 'largest n') return [pick([7, 8])];
  throw new Error('unknown shape ' + shape);
}
