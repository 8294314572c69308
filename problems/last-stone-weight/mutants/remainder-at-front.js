var lastStoneWeight = function (stones) {
  const pile = stones.slice().sort((a, b) => b - a);
  while (pile.length > 1) {
    const heaviest = pile.shift();
    const second = pile.shift();
    if (heaviest !== second) pile.unshift(heaviest - second);
  }
  return pile.length ? pile[0] : 0;
};
