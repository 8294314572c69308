function mergeSortedPair(a, b) {
  const dummy = new ListNode(0);
  let tail = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return dummy.next;
}

var mergeKLists = function (lists) {
  if (lists.length === 0) return null;
  let round = lists.slice();
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeSortedPair(round[i], round[i + 1]));
    round = next;
  }
  return round[0];
};
