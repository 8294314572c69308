class DetectSquares {
  constructor() {
    // How many times each point was added, keyed x * 1001 + y (unique for 0 <= x, y <= 1000).
    this.counts = new Map();
    // The distinct y values added in each column x.
    this.columns = new Map();
  }

  /**
   * @param {number[]} point
   * @return {void}
   */
  add(point) {
    const [x, y] = point;
    const key = x * 1001 + y;
    const seen = this.counts.get(key) || 0;
    if (seen === 0) {
      let column = this.columns.get(x);
      if (column === undefined) {
        column = [];
        this.columns.set(x, column);
      }
      column.push(y);
    }
    this.counts.set(key, seen + 1);
  }

  /**
   * @param {number[]} point
   * @return {number}
   */
  count(point) {
    const [x, y] = point;
    const column = this.columns.get(x);
    if (column === undefined) return 0;
    let total = 0;
    // A stored point (x, py) in the query's column fixes the side; the square lies to the left or the right.
    for (const py of column) {
      const side = py - y;
      const above = this.counts.get(x * 1001 + py);
      for (const px of [x - side, x + side]) {
        const corner = this.counts.get(px * 1001 + y);
        if (corner === undefined) continue;
        total += above * corner * (this.counts.get(px * 1001 + py) || 0);
      }
    }
    return total;
  }
}
