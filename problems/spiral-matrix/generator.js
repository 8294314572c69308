function generate(size, rng) {
  const side = Math.max(1, Math.min(10, size));
  // One side at the requested size, the other anywhere up to 10, so wide and tall shapes both occur.
  const other = 1 + Math.floor(rng() * 10);
  const rows = rng() < 0.5 ? side : other;
  const cols = rows === side ? other : side;
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(Math.floor(rng() * 201) - 100);
    matrix.push(row);
  }
  return [matrix];
}
