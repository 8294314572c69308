var minInterval = function (intervals, queries) {
  const byLeft = [...intervals].sort((a, b) => a[0] - b[0]);
  const order = queries.map((_, i) => i).sort((a, b) => queries[a] - queries[b]);
  const heap = [];
  const answer = new Array(queries.length);
  let next = 0;
  for (const qi of order) {
    const q = queries[qi];
    while (next < byLeft.length && byLeft[next][0] <= q) {
      const [left, right] = byLeft[next++];
      heap.push([right - left + 1, right]);
    }
    heap.sort((a, b) => a[0] - b[0]);
    while (heap.length > 0 && heap[0][1] <= q) heap.shift();
    answer[qi] = heap.length > 0 ? heap[0][0] : -1;
  }
  return answer;
};
