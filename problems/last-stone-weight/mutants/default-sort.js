var lastStoneWeight = function (stones) {
  const pile = stones.slice();
  while (pile.length > 1) {
    pile.sort();
    const heaviest = pile.pop();
    const second = pile.pop();
    if (heaviest !== second) pile.push(heaviest - second);
  }
  return pile.length === 1 ? pile[0] : 0;
};
