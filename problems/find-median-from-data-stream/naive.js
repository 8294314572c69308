class MedianFinder {
  constructor() {
    this.sorted = [];
  }

  addNum(num) {
    // Scan for the insertion point, then shift everything after it.
    let i = 0;
    while (i < this.sorted.length && this.sorted[i] < num) i++;
    this.sorted.splice(i, 0, num);
  }

  findMedian() {
    const n = this.sorted.length;
    return n % 2 === 1 ? this.sorted[(n - 1) / 2] : (this.sorted[n / 2 - 1] + this.sorted[n / 2]) / 2;
  }
}
