var copyRandomList = function (head) {
  if (head === null) return null;
  const copies = new Map();
  for (let node = head; node !== null; node = node.next) copies.set(node, new _Node(node.val, null, null));
  for (let node = head; node.next !== null; node = node.next) {
    const copy = copies.get(node);
    copy.next = copies.get(node.next);
    copy.random = node.random === null ? null : copies.get(node.random);
  }
  return copies.get(head);
};
