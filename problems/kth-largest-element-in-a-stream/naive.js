/**
 * Naive: keep every value and sort them all again on each add, so O((n + q) log(n + q)) per add.
 */
class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.values = nums.slice();
  }

  add(val) {
    this.values.push(val);
    this.values.sort((a, b) => b - a);
    return this.values[this.k - 1];
  }
}
