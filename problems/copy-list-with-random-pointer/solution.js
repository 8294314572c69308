/**
 * Copy List with Random Pointer: deep-copy a list whose nodes also carry a random pointer.
 * Two passes over a map from each original node to its copy: the first makes every copy, the second
 * wires next and random through the map, so a random pointer to any node (later, earlier, itself)
 * finds its copy. The map is keyed by node identity, never by value (values may repeat).
 * O(n) time, O(n) extra space.
 * @param {_Node} head
 * @return {_Node}
 */
var copyRandomList = function (head) {
  if (head === null) return null;
  const copies = new Map();
  for (let node = head; node !== null; node = node.next) copies.set(node, new _Node(node.val, null, null));
  for (let node = head; node !== null; node = node.next) {
    const copy = copies.get(node);
    copy.next = node.next === null ? null : copies.get(node.next);
    copy.random = node.random === null ? null : copies.get(node.random);
  }
  return copies.get(head);
};
