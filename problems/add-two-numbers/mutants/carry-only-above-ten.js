var addTwoNumbers = function (l1, l2) {
  const dummy = new ListNode(0);
  let tail = dummy;
  let carry = 0;
  while (l1 !== null || l2 !== null || carry !== 0) {
    let sum = carry;
    if (l1 !== null) {
      sum += l1.val;
      l1 = l1.next;
    }
    if (l2 !== null) {
      sum += l2.val;
      l2 = l2.next;
    }
    carry = sum > 10 ? 1 : 0;
    tail.next = new ListNode(carry ? sum - 10 : sum);
    tail = tail.next;
  }
  return dummy.next;
};
