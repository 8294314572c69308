function generate(size, rng) {
  const n = Math.max(1, size);
  const temperatures = [];
  // A long cooling or flat stretch leaves many days waiting at once, which forward scans pay for.
  const plateau = Math.floor(n * (0.5 + rng() * 0.4));
  let t = 70 + Math.floor(rng() * 31);
  for (let i = 0; i < n; i++) {
    if (i < plateau) {
      if (rng() < 0.001 && t > 30) t--;
    } else t = 30 + Math.floor(rng() * 71);
    temperatures.push(t);
  }
  return [temperatures];
}
