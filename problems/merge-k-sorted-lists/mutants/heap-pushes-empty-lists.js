var mergeKLists = function (lists) {
  const heap = new MinPriorityQueue((node) => node.val);
  for (const head of lists) heap.enqueue(head);
  const dummy = new ListNode(0);
  let tail = dummy;
  while (!heap.isEmpty()) {
    const node = heap.dequeue();
    tail.next = node;
    tail = node;
    if (node.next !== null) heap.enqueue(node.next);
  }
  return dummy.next;
};
