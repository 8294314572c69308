// Naive: repeatedly walk to the current tail, detach it and splice it in after the
// current node. Each walk is O(n), so the whole thing is O(n^2).
var reorderList = function (head) {
  let cur = head;
  while (cur !== null && cur.next !== null && cur.next.next !== null) {
    let beforeTail = cur;
    while (beforeTail.next.next !== null) beforeTail = beforeTail.next;
    const tail = beforeTail.next;
    beforeTail.next = null;
    tail.next = cur.next;
    cur.next = tail;
    cur = tail.next;
  }
};
