var minInterval = function (intervals, queries) {
  const byLeft = [...intervals].sort((a, b) => a[0] - b[0]);
  const sorted = [...queries].sort((a, b) => a - b);
  const heap = [];
  const answer = [];
  let next = 0;
  for (const q of sorted) {
    while (next < byLeft.length && byLeft[next][0] <= q) {
      const [left, right] = byLeft[next++];
      heap.push([right - left + 1, right]);
    }
    heap.sort((a, b) => a[0] - b[0]);
    while (heap.length > 0 && heap[0][1] < q) heap.shift();
    answer.push(heap.length > 0 ? heap[0][0] : -1);
  }
  return answer;
};
