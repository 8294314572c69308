/** LeetCode 286, Walls and Gates: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([rooms]) {
  const [m, n] = grid('rooms', rooms, 1, 250);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = rooms[i][j];
      if (v !== -1 && v !== 0 && v !== 2147483647) fail(`rooms[${i}][${j}] must be -1, 0 or 2^31 - 1`);
    }
  }
  return true;
}
