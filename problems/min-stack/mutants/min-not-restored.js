class MinStack {
  constructor() {
    this.values = [];
    this.min = Infinity;
  }

  push(val) {
    this.values.push(val);
    if (val < this.min) this.min = val;
  }

  pop() {
    this.values.pop();
    if (this.values.length === 0) this.min = Infinity;
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.min;
  }
}
