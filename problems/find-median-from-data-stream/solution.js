/** A binary heap ordered by `before(a, b)`: true when a belongs nearer the root. */
class BinaryHeap {
  constructor(before) {
    this.before = before;
    this.items = [];
  }

  size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(value) {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(value, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = value;
  }

  pop() {
    const items = this.items;
    const root = items[0];
    const last = items.pop();
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && this.before(items[child + 1], items[child])) child++;
        if (!this.before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return root;
  }
}

class MedianFinder {
  constructor() {
    // lower: max-heap of the smaller half; upper: min-heap of the larger half. lower holds
    // the same number of values as upper, or one more, so the median sits on the tops.
    this.lower = new BinaryHeap((a, b) => a > b);
    this.upper = new BinaryHeap((a, b) => a < b);
  }

  addNum(num) {
    if (this.lower.size() === 0 || num <= this.lower.top()) this.lower.push(num);
    else this.upper.push(num);
    if (this.lower.size() > this.upper.size() + 1) this.upper.push(this.lower.pop());
    else if (this.upper.size() > this.lower.size()) this.lower.push(this.upper.pop());
  }

  findMedian() {
    if (this.lower.size() > this.upper.size()) return this.lower.top();
    return (this.lower.top() + this.upper.top()) / 2;
  }
}
