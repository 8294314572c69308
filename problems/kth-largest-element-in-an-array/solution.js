/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function (nums, k) {
  // A min-heap of the k largest values seen so far: its root is the k-th largest.
  // O(n log k) in every case, with no pivot luck involved.
  const heap = [];
  const siftUp = (i) => {
    const value = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= value) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = value;
  };
  const siftDown = (i) => {
    const value = heap[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= value) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = value;
  };
  for (const value of nums) {
    if (heap.length < k) {
      heap.push(value);
      siftUp(heap.length - 1);
    } else if (value > heap[0]) {
      heap[0] = value;
      siftDown(0);
    }
  }
  return heap[0];
};
