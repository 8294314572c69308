class MinStack {
  constructor() {
    this.values = [];
    this.minimums = [];
  }

  push(val) {
    this.values.push(val);
    if (!this.minimums.length || val < this.minimums[this.minimums.length - 1]) this.minimums.push(val);
  }

  pop() {
    const val = this.values.pop();
    if (val === this.minimums[this.minimums.length - 1]) this.minimums.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.minimums[this.minimums.length - 1];
  }
}
