class MedianFinder {
  constructor() {
    this.total = 0;
    this.count = 0;
  }

  addNum(num) {
    this.total += num;
    this.count++;
  }

  findMedian() {
    return this.total / this.count;
  }
}
