var addTwoNumbers = function (l1, l2) {
  const toNumber = (node) => {
    let value = 0;
    let place = 1;
    for (; node !== null; node = node.next, place *= 10) value += node.val * place;
    return value;
  };
  let total = toNumber(l1) + toNumber(l2);
  const dummy = new ListNode(0);
  let tail = dummy;
  do {
    tail.next = new ListNode(total % 10);
    tail = tail.next;
    total = Math.floor(total / 10);
  } while (total > 0);
  return dummy.next;
};
