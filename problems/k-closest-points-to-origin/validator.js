/** LeetCode 973, K Closest Points to Origin: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([points, k]) {
  array('points', points, 1, 1e4);
  points.forEach((point, i) => ints(`points[${i}]`, point, 2, 2, -1e4, 1e4));
  int('k', k, 1, points.length);
  // The k-th smallest distance must be strictly below the (k+1)-th, or two answers would be right.
  if (k < points.length) {
    const distances = points.map(([x, y]) => x * x + y * y).sort((a, b) => a - b);
    if (distances[k - 1] === distances[k]) {
      fail(`the answer must be unique: the ${k}th and ${k + 1}th closest points are both at squared distance ${distances[k]}`);
    }
  }
  return true;
}
