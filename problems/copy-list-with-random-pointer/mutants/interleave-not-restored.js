var copyRandomList = function (head) {
  if (head === null) return null;
  for (let node = head; node !== null; node = node.next.next) node.next = new _Node(node.val, node.next, null);
  for (let node = head; node !== null; node = node.next.next) {
    node.next.random = node.random === null ? null : node.random.next;
  }
  const copyHead = head.next;
  for (let copy = copyHead; copy.next !== null; copy = copy.next) copy.next = copy.next.next;
  return copyHead;
};
