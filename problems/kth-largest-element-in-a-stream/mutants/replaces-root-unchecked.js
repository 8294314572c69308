class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.heap = [];
    for (const x of nums) this.add(x);
  }

  add(val) {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(val);
      this.siftUp(heap.length - 1);
    } else {
      // Replaces the k-th largest even when val is smaller than it.
      heap[0] = val;
      this.siftDown(0);
    }
    return heap[0];
  }

  siftUp(i) {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  siftDown(i) {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && heap[left] < heap[smallest]) smallest = left;
      if (right < n && heap[right] < heap[smallest]) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
      i = smallest;
    }
  }
}
