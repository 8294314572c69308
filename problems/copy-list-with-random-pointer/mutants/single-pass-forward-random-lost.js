var copyRandomList = function (head) {
  if (head === null) return null;
  const copies = new Map();
  let prev = null;
  for (let node = head; node !== null; node = node.next) {
    const copy = new _Node(node.val, null, null);
    copies.set(node, copy);
    if (prev !== null) prev.next = copy;
    copy.random = node.random === null ? null : copies.get(node.random) ?? null;
    prev = copy;
  }
  return copies.get(head);
};
