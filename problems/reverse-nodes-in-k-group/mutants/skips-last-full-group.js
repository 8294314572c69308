var reverseKGroup = function (head, k) {
  let n = 0;
  for (let p = head; p !== null; p = p.next) n++;
  const dummy = new ListNode(0, head);
  let prevTail = dummy;
  // Bug: > instead of >=, so a final group of exactly k nodes is left as it is.
  while (n > k) {
    const groupHead = prevTail.next;
    let prev = null;
    let cur = groupHead;
    for (let i = 0; i < k; i++) {
      const next = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    prevTail.next = prev;
    groupHead.next = cur;
    prevTail = groupHead;
    n -= k;
  }
  return dummy.next;
};
