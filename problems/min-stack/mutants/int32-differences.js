class MinStack {
  constructor() {
    this.diffs = [];
    this.min = 0;
  }

  push(val) {
    if (!this.diffs.length) {
      this.diffs.push(0);
      this.min = val;
    } else {
      // Stores val - min in 32-bit arithmetic, which wraps around at the extremes.
      const diff = (val - this.min) | 0;
      this.diffs.push(diff);
      if (diff < 0) this.min = val;
    }
  }

  pop() {
    const diff = this.diffs.pop();
    if (diff < 0) this.min = (this.min - diff) | 0;
  }

  top() {
    const diff = this.diffs[this.diffs.length - 1];
    return diff < 0 ? this.min : (this.min + diff) | 0;
  }

  getMin() {
    return this.min;
  }
}
