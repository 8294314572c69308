/**
 * @param {number[][]} intervals
 * @param {number[]} queries
 * @return {number[]}
 */
var minInterval = function (intervals, queries) {
  // Answer the queries from smallest to largest. Intervals enter a min-heap (by size) once their
  // left end is <= the query; those whose right end is < the query can never contain a later query
  // either, so they are dropped from the top. O((n + q) log(n + q)).
  const byLeft = [...intervals].sort((a, b) => a[0] - b[0]);
  const order = queries.map((_, i) => i).sort((a, b) => queries[a] - queries[b]);
  const heap = []; // entries [size, right], smallest size on top
  const answer = new Array(queries.length);
  let next = 0;
  for (const qi of order) {
    const q = queries[qi];
    while (next < byLeft.length && byLeft[next][0] <= q) {
      const [left, right] = byLeft[next++];
      push(heap, [right - left + 1, right]);
    }
    while (heap.length > 0 && heap[0][1] < q) pop(heap);
    answer[qi] = heap.length > 0 ? heap[0][0] : -1;
  }
  return answer;
};

function push(heap, item) {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent][0] <= heap[i][0]) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function pop(heap) {
  const last = heap.pop();
  if (heap.length === 0) return;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    let smallest = i;
    if (left < heap.length && heap[left][0] < heap[smallest][0]) smallest = left;
    if (left + 1 < heap.length && heap[left + 1][0] < heap[smallest][0]) smallest = left + 1;
    if (smallest === i) return;
    [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
    i = smallest;
  }
}
