function generate(size, rng, shape) {
  const pick = (k) => Math.floor(rng() * k);
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  // A random solved grid: the canonical pattern with digits, rows within bands, bands, columns and stacks permuted.
  const solved = () => {
    const digits = shuffle(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const order = () => shuffle([0, 1, 2]).flatMap((band) => shuffle([0, 1, 2]).map((k) => band * 3 + k));
    const rows = order();
    const cols = order();
    return rows.map((r) => cols.map((c) => digits[(r * 3 + Math.floor(r / 3) + c) % 9]));
  };
  // Keep about `size` of the 81 cells filled.
  const clues = Math.max(0, Math.min(81, size));
  let full = null;
  const partial = () => {
    full = solved();
    const g = full.map((row) => row.slice());
    const cells = shuffle(Array.from({ length: 81 }, (_, k) => k));
    for (const k of cells.slice(clues)) g[Math.floor(k / 9)][k % 9] = '.';
    return g;
  };
  const box = (r, c) => Math.floor(r / 3) * 3 + Math.floor(c / 3);
  // Write v at (r, c), then blank every other v that would clash with it except the one at keep.
  const place = (g, v, r, c, keep) => {
    g[r][c] = v;
    for (let i = 0; i < 9; i++) {
      for (let j = 0; j < 9; j++) {
        if ((i === r && j === c) || (i === keep[0] && j === keep[1]) || g[i][j] !== v) continue;
        if (i === r || j === c || box(i, j) === box(r, c)) g[i][j] = '.';
      }
    }
    return [g];
  };
  const digit = () => String(1 + pick(9));
  switch (shape) {
    // Each cell filled independently with a random digit: dense boards are nearly always invalid.
    case undefined: {
      const p = clues / 81;
      return [Array.from({ length: 9 }, () => Array.from({ length: 9 }, () => (rng() < p ? digit() : '.')))];
    }
    // Cells of a solved grid: always valid.
    case 'valid partial':
      return [partial()];
    // Exactly one clash, between two cells of one row in different boxes.
    case 'row clash': {
      const g = partial();
      const r = pick(9), c1 = pick(9);
      let c2 = pick(9);
      while (Math.floor(c2 / 3) === Math.floor(c1 / 3)) c2 = pick(9);
      const v = full[r][c1];
      g[r][c1] = v;
      return place(g, v, r, c2, [r, c1]);
    }
    // Exactly one clash, between two cells of one column in different boxes.
    case 'column clash': {
      const g = partial();
      const c = pick(9), r1 = pick(9);
      let r2 = pick(9);
      while (Math.floor(r2 / 3) === Math.floor(r1 / 3)) r2 = pick(9);
      const v = full[r1][c];
      g[r1][c] = v;
      return place(g, v, r2, c, [r1, c]);
    }
    // Exactly one clash, inside one box, in a different row and column.
    case 'box clash': {
      const g = partial();
      const b = pick(9), top = Math.floor(b / 3) * 3, left = (b % 3) * 3;
      const r1 = top + pick(3), c1 = left + pick(3);
      let r2 = top + pick(3), c2 = left + pick(3);
      while (r2 === r1) r2 = top + pick(3);
      while (c2 === c1) c2 = left + pick(3);
      const v = full[r1][c1];
      g[r1][c1] = v;
      return place(g, v, r2, c2, [r1, c1]);
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
