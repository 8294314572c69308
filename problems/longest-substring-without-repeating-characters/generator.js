function generate(size, rng) {
  const n = Math.max(0, size);
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
