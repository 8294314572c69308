var removeNthFromEnd = function (head, n) {
  const dummy = new ListNode(0, head);
  let prev = dummy;
  for (let i = 1; i < n; i++) prev = prev.next;
  prev.next = prev.next.next;
  return dummy.next;
};
