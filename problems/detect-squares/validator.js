/** LeetCode 2013, Detect Squares: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'DetectSquares', { DetectSquares: 0, add: 1, count: 1 }, 3000);
  for (let i = 1; i < ops.length; i++) {
    const point = args[i][0];
    array(`arguments[${i}][0] (point)`, point, 2, 2);
    int(`arguments[${i}][0][0] (x)`, point[0], 0, 1000);
    int(`arguments[${i}][0][1] (y)`, point[1], 0, 1000);
  }
  return true;
}
