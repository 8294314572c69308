function generate(size, rng, shape) {
  const n = Math.max(2, size);
  const height = [];
  if (shape === undefined) {
    for (let i = 0; i < n; i++) {
      const roll = rng();
      // Mostly low walls with some tall ones scattered, so the best pair is not simply the two ends.
      height.push(roll < 0.05 ? 9000 + Math.floor(rng() * 1001) : roll < 0.1 ? 0 : Math.floor(rng() * 3000));
    }
    return [height];
  }
  if (shape === 'sorted' || shape === 'reverse sorted') {
    for (let i = 0; i < n; i++) height.push(Math.floor(rng() * 30));
    height.sort((a, b) => (shape === 'sorted' ? a - b : b - a));
  } else if (shape === 'few values') {
    // Heights from {0, 1, 2, 3}: ties decide which pointer moves, zeros give empty containers.
    for (let i = 0; i < n; i++) height.push(Math.floor(rng() * 4));
  } else if (shape === 'valley') {
    // Tall near both ends, low in the middle: the ends are good but a taller inner pair may beat them.
    for (let i = 0; i < n; i++) height.push(Math.floor((Math.abs(2 * i - (n - 1)) / n) * 20 + rng() * 8));
  } else if (shape === 'peak') {
    // Low ends and a tall middle: the best container is often two adjacent tall walls.
    for (let i = 0; i < n; i++) height.push(Math.floor((1 - Math.abs(2 * i - (n - 1)) / n) * 20 + rng() * 8));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [height];
}
