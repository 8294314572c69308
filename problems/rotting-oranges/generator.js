function generate(size, rng) {
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const side = Math.max(1, Math.floor(Math.sqrt(size)));
  const grid = [];
  const shape = rng();
  for (let r = 0; r < side; r++) {
    const row = [];
    for (let c = 0; c < side; c++) {
      let cell;
      if (shape < 0.3) {
        // A winding corridor of fresh oranges between walls of empty cells, rotten at one end:
        // the rot needs about half the cell count in minutes to reach the far end.
        const open = r % 2 === 0 || (r % 4 === 1 ? c === side - 1 : c === 0);
        cell = open ? 1 : 0;
      } else {
        const roll = rng();
        cell = roll < 0.02 ? 0 : roll < 0.0215 ? 2 : 1;
      }
      row.push(cell);
    }
    grid.push(row);
  }
  if (shape < 0.3) {
    grid[0][0] = 2;
    // Half the corridors get a cut near the far end, leaving oranges that can never rot.
    if (rng() < 0.5 && side >= 3) {
      const lastRow = side % 2 === 1 ? side - 1 : side - 2;
      grid[lastRow][Math.floor(side / 2)] = 0;
    }
  } else {
    grid[Math.floor(rng() * side)][Math.floor(rng() * side)] = 2;
  }
  return [grid];
}
