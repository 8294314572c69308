/** LeetCode 417, Pacific Atlantic Water Flow: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([h]) {
  const [m] = grid('heights', h, 1, 200);
  for (let r = 0; r < m; r++) ints(`heights[${r}]`, h[r], 1, 200, 0, 1e5);
  return true;
}
