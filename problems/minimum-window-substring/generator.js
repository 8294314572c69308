function generate(size, rng) {
  const n = Math.max(1, size);
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // s mostly uses a small common alphabet; a few rare letters make every covering window long.
  const common = 3 + Math.floor(rng() * 20);
  const chars = [];
  for (let i = 0; i < n; i++) chars.push(letters[Math.floor(rng() * common)]);
  const rare = letters[common + Math.floor(rng() * (letters.length - common))];
  const rareCopies = 1 + Math.floor(rng() * 3);
  for (let r = 0; r < rareCopies; r++) chars[Math.floor(rng() * n)] = rare;
  const t = [rare];
  const tLength = 1 + Math.floor(rng() * Math.min(30, n));
  while (t.length < tLength) t.push(letters[Math.floor(rng() * common)]);
  // Sometimes ask for one more rare copy than s holds, so no window exists.
  if (rng() < 0.2) for (let r = 0; r < rareCopies; r++) t.push(rare);
  return [chars.join(''), t.join('')];
}
