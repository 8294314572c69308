/**
 * size is the number of words asked for (at most 30000). Small sizes give small boards (at most 4 × 4);
 * from 144 words on the board is 12 × 12. Half the words are read off self-avoiding walks on the board
 * (so they are present), half are random strings from the board's alphabet (usually absent).
 * Shapes: 'one letter' (a board of 'a' and words of a's: a cell used twice shows), 'shared prefixes'
 * (words that are prefixes of one another, read off one walk: a search that stops at the first word
 * it completes shows), 'dense' (long, mostly absent words over three letters: the efficiency input), 'thin board' (one row or one column: bounds on the other axis show).
 */
function generate(size, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const count = Math.max(1, Math.min(30000, size));
  const big = count >= 144;
  let rows;
  let cols;
  let letters = big ? 'abcdef' : 'abcd';
  if (shape === undefined) {
    rows = big ? 12 : 1 + pick(4);
    cols = big ? 12 : 1 + pick(4);
  } else if (shape === 'one letter') {
    rows = 1 + pick(3);
    cols = 1 + pick(3);
    letters = 'a';
  } else if (shape === 'shared prefixes') {
    rows = 2 + pick(3);
    cols = 2 + pick(3);
    letters = 'ab';
  } else if (shape === 'dense') {
    rows = big ? 12 : 2 + pick(3);
    cols = big ? 12 : 2 + pick(3);
    letters = 'abc';
  } else if (shape === 'thin board') {
    rows = 1;
    cols = 2 + pick(7);
    if (rng() < 0.5) [rows, cols] = [cols, rows];
    letters = 'abc';
  } else throw new Error('unknown shape ' + shape);
  const board = Array.from({ length: rows }, () => Array.from({ length: cols }, () => letters[pick(letters.length)]));
  const walk = (length) => {
    let r = pick(rows);
    let c = pick(cols);
    const seen = new Set();
    let word = '';
    while (word.length < length) {
      word += board[r][c];
      seen.add(r * cols + c);
      const moves = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].filter(
        ([nr, nc]) => nr >= 0 && nc >= 0 && nr < rows && nc < cols && !seen.has(nr * cols + nc),
      );
      if (moves.length === 0) break;
      [r, c] = moves[pick(moves.length)];
    }
    return word;
  };
  const maxLength = Math.min(10, big ? 10 : 6);
  const words = new Set();
  if (shape === 'one letter') {
    const total = rows * cols;
    for (let k = 1; k <= Math.min(10, total + 1) && words.size < count; k++) words.add('a'.repeat(k));
    if (words.size < count) words.add('ab');
  } else if (shape === 'shared prefixes') {
    const w = walk(Math.min(10, rows * cols));
    for (let k = 1; k <= w.length && words.size < count; k++) if (rng() < 0.7) words.add(w.slice(0, k));
    if (words.size === 0) words.add(w);
  } else if (shape === 'dense') {
    // Long words over three letters, nine in ten ending in a 'd' the board lacks: each shares a long
    // prefix with paths on the board, so a per-word search goes deep for every one of them and fails,
    // while the trie explores each shared prefix once.
    let attempts = 0;
    while (words.size < count && attempts < count * 20) {
      attempts++;
      const length = (big ? 5 : 2) + pick(5);
      words.add(Array.from({ length }, () => letters[pick(letters.length)]).join('') + (rng() < 0.9 ? 'd' : ''));
    }
  } else {
    let attempts = 0;
    while (words.size < count && attempts < count * 20) {
      attempts++;
      const length = 1 + pick(maxLength);
      words.add(rng() < 0.5 ? walk(length) : Array.from({ length }, () => letters[pick(letters.length)]).join(''));
    }
  }
  const list = [...words];
  for (let i = list.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return [board, list];
}
