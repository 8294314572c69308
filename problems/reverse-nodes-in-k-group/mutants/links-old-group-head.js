var reverseKGroup = function (head, k) {
  const dummy = new ListNode(0, head);
  let prevTail = dummy;
  while (true) {
    let kth = prevTail;
    for (let i = 0; i < k && kth !== null; i++) kth = kth.next;
    if (kth === null) break;
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
    // Bug: only the first group updates the returned head; later groups stay linked to their old first node.
    if (prevTail === dummy) prevTail.next = kth;
    prevTail = groupHead;
  }
  return dummy.next;
};
