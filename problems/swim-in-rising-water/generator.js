/**
 * One input [grid] of side n = size: a permutation of 0..n^2 - 1 laid out as an n x n grid.
 * Hidden tests keep size <= 50 (validator.js checks); the efficiency tier's sizes go beyond it by design.
 * Shapes:
 *   random       a uniformly random permutation
 *   snake        low values along a winding corridor the swimmer must follow (up and left as well as
 *                down and right), walls of high values, sometimes one low gap in a wall
 *   sorted       values ordered along rows, columns or anti-diagonals, either way round
 *   wall         random, then a full row or column of the highest values with one low gap
 *   corner high  random, then the start or the end cell swapped for one of the highest values
 */
function generate(size, rng, shape) {
  const known = ['random', 'snake', 'sorted', 'wall', 'corner high'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const n = Math.max(1, size);
  const N = n * n;
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  };
  const perm = shuffle(Array.from({ length: N }, (_, i) => i));
  const grid = [];
  for (let r = 0; r < n; r++) grid.push(perm.slice(r * n, r * n + n));
  const swap = (r1, c1, r2, c2) => {
    const t = grid[r1][c1];
    grid[r1][c1] = grid[r2][c2];
    grid[r2][c2] = t;
  };
  const findValue = (v) => {
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (grid[r][c] === v) return [r, c];
    return [0, 0];
  };
  if (shape === 'snake' && n > 1) {
    // Corridor: full even rows (and the last row), joined by one cell of each odd row, alternating sides;
    // with probability one half it is transposed, so it winds along columns instead.
    const corridor = [];
    for (let r = 0; r < n; r++) {
      if (r % 2 === 0 || r === n - 1) {
        const cols = [];
        for (let c = 0; c < n; c++) cols.push(c);
        if (r % 4 === 2) cols.reverse();
        for (const c of cols) corridor.push([r, c]);
      } else {
        corridor.push([r, r % 4 === 1 ? n - 1 : 0]);
      }
    }
    const transpose = rng() < 0.5;
    const inCorridor = new Set();
    const cells = corridor.map(([r, c]) => (transpose ? [c, r] : [r, c]));
    for (const [r, c] of cells) inCorridor.add(r * n + c);
    // Corridor values rise along it with a little jitter; the walls get every higher value.
    const ranks = cells.map((cell, i) => ({ cell, key: i + rng() * 3 })).sort((a, b) => a.key - b.key);
    const walls = [];
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (!inCorridor.has(r * n + c)) walls.push([r, c]);
    const high = shuffle(Array.from({ length: N - cells.length }, (_, i) => cells.length + i));
    ranks.forEach(({ cell: [r, c] }, i) => (grid[r][c] = i));
    walls.forEach(([r, c], i) => (grid[r][c] = high[i]));
    if (walls.length > 0 && rng() < 0.5) {
      // Open one gap: a wall cell takes a corridor value (a possible shortcut).
      const [wr, wc] = walls[Math.floor(rng() * walls.length)];
      const [cr, cc] = cells[Math.floor(rng() * cells.length)];
      swap(wr, wc, cr, cc);
    }
  } else if (shape === 'sorted') {
    const order = [];
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) order.push([r, c]);
    const kind = Math.floor(rng() * 3);
    if (kind === 1) order.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    if (kind === 2) order.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);
    if (rng() < 0.5) order.reverse();
    order.forEach(([r, c], i) => (grid[r][c] = i));
  } else if (shape === 'wall' && n > 2) {
    const k = 1 + Math.floor(rng() * (n - 2));
    const byRow = rng() < 0.5;
    const gap = Math.floor(rng() * n);
    const wallCells = [];
    for (let i = 0; i < n; i++) if (i !== gap) wallCells.push(byRow ? [k, i] : [i, k]);
    // Move the highest values onto the wall, and a low one into the gap.
    wallCells.forEach(([r, c], i) => {
      const [vr, vc] = findValue(N - 1 - i);
      swap(r, c, vr, vc);
    });
    const [gr, gc] = byRow ? [k, gap] : [gap, k];
    const [lr, lc] = findValue(Math.floor(rng() * Math.max(1, Math.floor(N / 4))));
    if (!(lr === 0 && lc === 0) && !(lr === n - 1 && lc === n - 1)) swap(gr, gc, lr, lc);
  } else if (shape === 'corner high' && n > 1) {
    const [hr, hc] = findValue(N - 1 - Math.floor(rng() * Math.min(3, N - 1)));
    if (rng() < 0.5) swap(0, 0, hr, hc);
    else swap(n - 1, n - 1, hr, hc);
  }
  return [grid];
}
