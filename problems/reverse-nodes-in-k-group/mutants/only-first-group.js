var reverseKGroup = function (head, k) {
  let prev = null;
  let cur = head;
  for (let i = 0; i < k; i++) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  head.next = cur;
  return prev;
};
