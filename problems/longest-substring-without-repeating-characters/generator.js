function generate(size, rng, shape) {
  const n = Math.max(0, size);
  if (shape !== undefined) return shaped(n, rng, shape);
  // The alphabet size sets the typical window length; a full printable alphabet allows windows up to 95.
  const alphabetSize = 2 + Math.floor(rng() * 94);
  const offset = Math.floor(rng() * (95 - alphabetSize + 1));
  let s = '';
  if (alphabetSize >= 91) {
    // The widest alphabets are laid out as one shuffled order repeated, with a rare stray character:
    // nearly every start then begins a window about k characters long before its first repeat, the
    // worst case for scanning afresh from every start.
    const order = [];
    for (let i = 0; i < alphabetSize; i++) order.push(String.fromCharCode(32 + offset + i));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    for (let i = 0; i < n; i++) s += rng() < 0.002 ? order[Math.floor(rng() * alphabetSize)] : order[i % alphabetSize];
    return [s];
  }
  for (let i = 0; i < n; i++) s += String.fromCharCode(32 + offset + Math.floor(rng() * alphabetSize));
  return [s];
}

/**
 * Short strings where sliding windows slip: two letters, all characters distinct (the window is the
 * whole string), mirrored strings like "abba" (the last repeat lies before the window), and spaces
 * and symbols beside letters.
 */
function shaped(n, rng, shape) {
  const random = (length, letters) => {
    let s = '';
    for (let i = 0; i < length; i++) s += letters[Math.floor(rng() * letters.length)];
    return s;
  };
  if (shape === 'two letters') return [random(n, 'ab')];
  if (shape === 'spaces and symbols') return [random(n, ' !#a')];
  if (shape === 'all distinct') {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
    for (let i = letters.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const swap = letters[i];
      letters[i] = letters[j];
      letters[j] = swap;
    }
    return [letters.slice(0, Math.min(n, letters.length)).join('')];
  }
  if (shape === 'mirrored') {
    const half = random(Math.ceil(n / 2), 'abcd');
    return [(half + half.split('').reverse().join('')).slice(0, n)];
  }
  throw new Error('unknown shape ' + shape);
}
