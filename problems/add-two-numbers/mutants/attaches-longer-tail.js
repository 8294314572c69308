var addTwoNumbers = function (l1, l2) {
  const dummy = new ListNode(0);
  let tail = dummy;
  let carry = 0;
  while (l1 !== null && l2 !== null) {
    const sum = carry + l1.val + l2.val;
    carry = Math.floor(sum / 10);
    tail.next = new ListNode(sum % 10);
    tail = tail.next;
    l1 = l1.next;
    l2 = l2.next;
  }
  // Bug: the rest of the longer list is attached as is, so a pending carry into it is lost.
  tail.next = l1 !== null ? l1 : l2;
  if (tail.next === null && carry) tail.next = new ListNode(carry);
  return dummy.next;
};
