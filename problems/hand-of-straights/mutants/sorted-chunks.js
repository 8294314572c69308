var isNStraightHand = function (hand, groupSize) {
  if (hand.length % groupSize !== 0) return false;
  const cards = [...hand].sort((a, b) => a - b);
  for (let i = 0; i < cards.length; i += groupSize) {
    for (let k = 1; k < groupSize; k++) {
      if (cards[i + k] !== cards[i + k - 1] + 1) return false;
    }
  }
  return true;
};
