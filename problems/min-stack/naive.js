class MinStack {
  constructor() {
    this.values = [];
  }

  push(val) {
    this.values.push(val);
  }

  pop() {
    this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    let min = Infinity;
    for (const v of this.values) if (v < min) min = v;
    return min;
  }
}
