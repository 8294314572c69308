/**
 * Naive: sort the whole pile again before every smash, so O(n^2 log n) over the up to n - 1 smashes.
 */
var lastStoneWeight = function (stones) {
  const pile = stones.slice();
  while (pile.length > 1) {
    pile.sort((a, b) => a - b);
    const heaviest = pile.pop();
    const second = pile.pop();
    if (heaviest !== second) pile.push(heaviest - second);
  }
  return pile.length === 1 ? pile[0] : 0;
};
