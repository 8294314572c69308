var mergeKLists = function (lists) {
  const heads = lists.slice();
  const dummy = new ListNode(0);
  let tail = dummy;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] !== null && (best === -1 || heads[i].val < heads[best].val)) best = i;
    }
    if (best === -1) break;
    const node = heads[best];
    tail.next = node;
    tail = node;
    heads[best] = node.next;
    for (let i = 0; i < heads.length; i++) {
      if (i !== best && heads[i] !== null && heads[i].val === node.val) heads[i] = heads[i].next;
    }
  }
  return dummy.next;
};
