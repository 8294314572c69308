var copyRandomList = function (head) {
  if (head === null) return null;
  const copies = new Map();
  const order = [];
  for (let node = head; node !== null; node = node.next) {
    const copy = new _Node(node.val, null, null);
    if (!copies.has(node.val)) copies.set(node.val, copy);
    order.push(copy);
  }
  let i = 0;
  for (let node = head; node !== null; node = node.next, i++) {
    order[i].next = i + 1 < order.length ? order[i + 1] : null;
    order[i].random = node.random === null ? null : copies.get(node.random.val);
  }
  return order[0];
};
