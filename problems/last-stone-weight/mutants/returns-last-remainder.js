var lastStoneWeight = function (stones) {
  const pile = stones.slice();
  let last = 0;
  while (pile.length > 1) {
    pile.sort((a, b) => a - b);
    last = pile.pop() - pile.pop();
    if (last > 0) pile.push(last);
  }
  return last;
};
