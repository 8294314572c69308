var reverseKGroup = function (head, k) {
  const dummy = new ListNode(0, head);
  let prevTail = dummy;
  while (prevTail.next !== null) {
    // Bug: the last group is reversed even when it has fewer than k nodes.
    let last = prevTail.next;
    for (let i = 1; i < k && last.next !== null; i++) last = last.next;
    const groupHead = prevTail.next;
    const after = last.next;
    let prev = after;
    let cur = groupHead;
    while (cur !== after) {
      const next = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    prevTail.next = last;
    prevTail = groupHead;
  }
  return dummy.next;
};
