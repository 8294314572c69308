var reverseKGroup = function (head, k) {
  const dummy = new ListNode(0, head);
  let prevTail = dummy;
  while (true) {
    let kth = prevTail;
    // Bug: stops one node early, so groups have k - 1 nodes (and k = 1 loops on an empty group).
    for (let i = 0; i < k - 1 && kth !== null; i++) kth = kth.next;
    if (kth === null || kth === prevTail) break;
    const groupHead = prevTail.next;
    const after = kth.next;
    let prev = after;
    let cur = groupHead;
    while (cur !== after) {
      const next = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    prevTail.next = kth;
    prevTail = groupHead;
  }
  return dummy.next;
};
