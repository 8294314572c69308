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
    } else if (val > heap[0]) {
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

  // Sifts down along the left child only, so a smaller right child can stay below a larger parent.
  siftDown(i) {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n || heap[left] >= heap[i]) return;
      [heap[left], heap[i]] = [heap[i], heap[left]];
      i = left;
    }
  }
}
