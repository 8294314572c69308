class MinStack {
  constructor() {
    this.values = [];
    // minimums[i] is the smallest of values[0..i], so popping restores the previous minimum for free.
    this.minimums = [];
  }

  /**
   * @param {number} val
   * @return {void}
   */
  push(val) {
    const below = this.minimums.length ? this.minimums[this.minimums.length - 1] : val;
    this.values.push(val);
    this.minimums.push(val < below ? val : below);
  }

  /**
   * @return {void}
   */
  pop() {
    this.values.pop();
    this.minimums.pop();
  }

  /**
   * @return {number}
   */
  top() {
    return this.values[this.values.length - 1];
  }

  /**
   * @return {number}
   */
  getMin() {
    return this.minimums[this.minimums.length - 1];
  }
}
