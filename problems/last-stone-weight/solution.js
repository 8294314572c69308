/**
 * @param {number[]} stones
 * @return {number}
 */
var lastStoneWeight = function (stones) {
  // A max-heap in an array: the two heaviest stones come out in O(log n) each, and a remainder goes
  // back in O(log n), so the whole game is O(n log n) instead of re-sorting after every smash.
  const heap = [];
  const swap = (i, j) => {
    const held = heap[i];
    heap[i] = heap[j];
    heap[j] = held;
  };
  const push = (weight) => {
    heap.push(weight);
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (heap[parent] >= heap[child]) break;
      swap(parent, child);
      child = parent;
    }
  };
  const popHeaviest = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let largest = parent;
        if (left < heap.length && heap[left] > heap[largest]) largest = left;
        if (right < heap.length && heap[right] > heap[largest]) largest = right;
        if (largest === parent) break;
        swap(parent, largest);
        parent = largest;
      }
    }
    return top;
  };

  for (const weight of stones) push(weight);
  while (heap.length > 1) {
    const heaviest = popHeaviest();
    const second = popHeaviest();
    if (heaviest !== second) push(heaviest - second);
  }
  return heap.length === 1 ? heap[0] : 0;
};
