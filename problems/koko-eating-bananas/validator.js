/** LeetCode 875, Koko Eating Bananas: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([piles, h]) {
  ints('piles', piles, 1, 1e4, 1, 1e9);
  if (typeof h !== 'number' || !Number.isInteger(h) || h < piles.length || h > 1e9) fail('h must be an integer with piles.length <= h <= 10^9');
  return true;
}
