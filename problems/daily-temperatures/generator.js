function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const temperatures = [];
  if (shape === undefined) {
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
  if (shape === 'sorted' || shape === 'reverse sorted') {
    for (let i = 0; i < n; i++) temperatures.push(30 + Math.floor(rng() * 8));
    temperatures.sort((a, b) => (shape === 'sorted' ? a - b : b - a));
  } else if (shape === 'few values') {
    // Three temperatures only: equal days must keep waiting for a strictly warmer one.
    for (let i = 0; i < n; i++) temperatures.push(30 + Math.floor(rng() * 3));
  } else if (shape === 'zigzag') {
    // Alternating warm and cool days whose peaks drift, so answers chain over several days.
    for (let i = 0; i < n; i++) temperatures.push(i % 2 === 0 ? 60 + Math.floor(rng() * 41) : 30 + Math.floor(rng() * 30));
  } else if (shape === 'all equal') {
    const t = 30 + Math.floor(rng() * 71);
    for (let i = 0; i < n; i++) temperatures.push(t);
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [temperatures];
}
