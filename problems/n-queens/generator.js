function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(9, size));
  const from = (choices) => choices[Math.floor(rng() * choices.length)];
  switch (shape) {
    case undefined:
      return [n];
    // Even boards: solutions come in mirror pairs with no queen on a middle column.
    case 'even':
      return [from([2, 4, 6, 8].filter((v) => v <= Math.max(2, n)))];
    // Odd boards: a queen can sit on the middle column, which a "half the columns, then mirror" shortcut misses.
    case 'odd':
      return [from([1, 3, 5, 7, 9].filter((v) => v <= Math.max(1, n)))];
    // The smallest boards, 1 to 4: n = 1 has one solution, 2 and 3 none, 4 two.
    case 'small board':
      return [from([1, 2, 3, 4])];
    // Beyond the constraints, for the efficiency tier only: n itself, uncapped.
    case 'interview scale':
      return [Math.max(1, size)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
