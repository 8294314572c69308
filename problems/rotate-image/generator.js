function generate(size, rng) {
  const n = Math.max(1, Math.min(20, size));
  const matrix = [];
  for (let r = 0; r < n; r++) {
    const row = [];
    for (let c = 0; c < n; c++) row.push(Math.floor(rng() * 2001) - 1000);
    matrix.push(row);
  }
  return [matrix];
}
