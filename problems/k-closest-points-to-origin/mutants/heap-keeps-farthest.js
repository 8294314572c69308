var kClosest = function (points, k) {
  // A heap of size k, but a min-heap: popping the smallest keeps the k farthest points.
  const heap = [];
  const d = (p) => p[0] * p[0] + p[1] * p[1];
  const up = (i) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (d(heap[parent]) <= d(heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const down = (i) => {
    for (;;) {
      let m = i;
      const l = 2 * i + 1;
      const r = l + 1;
      if (l < heap.length && d(heap[l]) < d(heap[m])) m = l;
      if (r < heap.length && d(heap[r]) < d(heap[m])) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  };
  for (const p of points) {
    heap.push(p);
    up(heap.length - 1);
    if (heap.length > k) {
      heap[0] = heap[heap.length - 1];
      heap.pop();
      down(0);
    }
  }
  return heap;
};
