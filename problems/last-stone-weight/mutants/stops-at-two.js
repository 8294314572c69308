var lastStoneWeight = function (stones) {
  const pile = stones.slice();
  while (pile.length > 2) {
    pile.sort((a, b) => a - b);
    const heaviest = pile.pop();
    const second = pile.pop();
    if (heaviest !== second) pile.push(heaviest - second);
  }
  return pile.length === 0 ? 0 : Math.max(...pile);
};
