function generate(size, rng) {
  const n = Math.max(0, size);
  // The alphabet size sets the typical window length; a full printable alphabet allows windows up to 95.
  const alphabetSize = 2 + Math.floor(rng() * 94);
  const offset = Math.floor(rng() * (95 - alphabetSize + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(32 + offset + Math.floor(rng() * alphabetSize));
  return [s];
}
