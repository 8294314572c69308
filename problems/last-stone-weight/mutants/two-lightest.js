var lastStoneWeight = function (stones) {
  const pile = stones.slice();
  while (pile.length > 1) {
    pile.sort((a, b) => b - a);
    const first = pile.pop();
    const second = pile.pop();
    if (first !== second) pile.push(Math.abs(first - second));
  }
  return pile.length === 1 ? pile[0] : 0;
};
