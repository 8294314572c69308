/**
 * Naive: keep every added point in a list; for each stored point that could be the opposite corner,
 * scan the whole list again for the other two corners, so O(n^2) per count.
 */
class DetectSquares {
  constructor() {
    this.points = [];
  }

  add(point) {
    this.points.push(point);
  }

  count(point) {
    const [x, y] = point;
    let total = 0;
    for (const [dx, dy] of this.points) {
      if (Math.abs(dx - x) !== Math.abs(dy - y) || dx === x) continue;
      let a = 0;
      let b = 0;
      for (const [px, py] of this.points) {
        if (px === x && py === dy) a++;
        if (px === dx && py === y) b++;
      }
      total += a * b;
    }
    return total;
  }
}
