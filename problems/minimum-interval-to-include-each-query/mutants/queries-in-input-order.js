var minInterval = function (intervals, queries) {
  const byLeft = [...intervals].sort((a, b) => a[0] - b[0]);
  const heap = [];
  let next = 0;
  return queries.map((q) => {
    while (next < byLeft.length && byLeft[next][0] <= q) {
      const [left, right] = byLeft[next++];
      heap.push([right - left + 1, right]);
    }
    heap.sort((a, b) => a[0] - b[0]);
    while (heap.length > 0 && heap[0][1] < q) heap.shift();
    return heap.length > 0 ? heap[0][0] : -1;
  });
};
