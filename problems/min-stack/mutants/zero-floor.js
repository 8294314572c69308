class MinStack {
  constructor() {
    this.values = [];
    this.minimums = [];
  }

  push(val) {
    const below = this.minimums.length ? this.minimums[this.minimums.length - 1] : 0;
    this.values.push(val);
    this.minimums.push(Math.min(val, below));
  }

  pop() {
    this.values.pop();
    this.minimums.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.minimums[this.minimums.length - 1];
  }
}
