var isNStraightHand = function (hand, groupSize) {
  if (hand.length % groupSize !== 0) return false;
  const count = new Map();
  for (const card of hand) count.set(card, (count.get(card) || 0) + 1);
  const values = [...count.keys()].sort((a, b) => a - b);
  for (let i = 0; i < values.length; i++) {
    while (count.get(values[i]) > 0) {
      let taken = 0;
      for (let j = i; j < values.length && taken < groupSize; j++) {
        if (count.get(values[j]) > 0) {
          count.set(values[j], count.get(values[j]) - 1);
          taken++;
        }
      }
      if (taken < groupSize) return false;
    }
  }
  return true;
};
