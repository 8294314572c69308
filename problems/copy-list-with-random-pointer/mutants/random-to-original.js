var copyRandomList = function (head) {
  if (head === null) return null;
  const copies = new Map();
  for (let node = head; node !== null; node = node.next) copies.set(node, new _Node(node.val, null, null));
  for (let node = head; node !== null; node = node.next) {
    const copy = copies.get(node);
    copy.next = node.next === null ? null : copies.get(node.next);
    copy.random = node.random;
  }
  return copies.get(head);
};
