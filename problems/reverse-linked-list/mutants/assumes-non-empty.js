var reverseList = function (head) {
  let prev = head;
  let curr = head.next;
  prev.next = null;
  while (curr !== null) {
    const next = curr.next;
    curr.next = prev;
    prev = curr;
    curr = next;
  }
  return prev;
};
