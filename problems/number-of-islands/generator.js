function generate(size, rng, shape) {
  if (shape === undefined) return squareGrid(size, rng);
  const cells = Math.max(1, size);
  const short = 1 + Math.floor(rng() * Math.min(3, Math.sqrt(cells)));
  const long = Math.max(short + 1, Math.min(300, Math.ceil(cells / short)));
  let rows;
  let cols;
  switch (shape) {
    // Non-square grids: a cell key r * rows + c, or a bound checked against the wrong side, collides or
    // stops early only when the sides differ.
    case 'wider than tall':
      [rows, cols] = [short, long];
      break;
    case 'taller than wide':
      [rows, cols] = [long, short];
      break;
    case 'single row':
      [rows, cols] = [1, Math.min(300, cells)];
      break;
    case 'single column':
      [rows, cols] = [Math.min(300, cells), 1];
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const landShare = 0.3 + rng() * 0.4;
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(rng() < landShare ? '1' : '0');
    grid.push(row);
  }
  return [grid];
}

function squareGrid(size, rng) {
  const shape = rng();
  // A snake's recursive search is as deep as half its cells. Node's default stack holds about 10^4
  // frames of a textbook recursive DFS, so LeetCode's own tests cannot hold a bigger snake: it stays
  // within 100 x 100 (5000 frames deep), which recursive solutions pass here and in Node.
  const largest = shape < 0.15 ? 100 : 300;
  const side = Math.max(1, Math.min(largest, Math.floor(Math.sqrt(size))));
  const rows = side;
  const cols = side;
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) {
      let land;
      if (shape < 0.15) {
        // One snake: full rows joined alternately at the right and left ends, a single island
        // whose search reaches depth of about half the grid.
        land = r % 2 === 0 || (r % 4 === 1 ? c === cols - 1 : c === 0);
      } else if (shape < 0.3) {
        // Checkerboard: the most islands a grid can hold, none touching another.
        land = (r + c) % 2 === 0;
      } else {
        land = rng() < 0.55;
      }
      row.push(land ? '1' : '0');
    }
    grid.push(row);
  }
  return [grid];
}
