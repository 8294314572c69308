/**
 * @param {number[]} hand
 * @param {number} groupSize
 * @return {boolean}
 */
var isNStraightHand = function (hand, groupSize) {
  if (hand.length % groupSize !== 0) return false;
  const count = new Map();
  for (const card of hand) count.set(card, (count.get(card) || 0) + 1);
  // The smallest card left must start a group, so walk the distinct values in increasing order and
  // open as many groups at each value as it has cards left.
  const values = [...count.keys()].sort((a, b) => a - b);
  for (const start of values) {
    const groups = count.get(start);
    if (groups === 0) continue;
    for (let v = start; v < start + groupSize; v++) {
      const have = count.get(v) || 0;
      if (have < groups) return false;
      count.set(v, have - groups);
    }
  }
  return true;
};
