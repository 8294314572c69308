/**
 * Naive: sort, then build each group from the smallest unused card, scanning forward past used
 * cards and copies of the same value for each next card, so O(n^2) when values repeat many times.
 */
var isNStraightHand = function (hand, groupSize) {
  if (hand.length % groupSize !== 0) return false;
  const cards = [...hand].sort((a, b) => a - b);
  const used = new Array(cards.length).fill(false);
  for (let i = 0; i < cards.length; i++) {
    if (used[i]) continue;
    used[i] = true;
    let want = cards[i] + 1;
    let j = i + 1;
    for (let k = 1; k < groupSize; k++) {
      while (j < cards.length && (used[j] || cards[j] < want)) j++;
      if (j === cards.length || cards[j] !== want) return false;
      used[j] = true;
      want++;
    }
  }
  return true;
};
