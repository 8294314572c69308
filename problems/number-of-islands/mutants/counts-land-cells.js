var numIslands = function (grid) {
  let land = 0;
  for (const row of grid) for (const cell of row) if (cell === '1') land++;
  return land;
};
