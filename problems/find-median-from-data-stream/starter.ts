class MedianFinder {
  constructor() {

  }

  addNum(num: number): void {

  }

  findMedian(): number {

  }
}
