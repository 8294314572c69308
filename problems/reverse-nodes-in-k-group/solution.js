/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
/**
 * Reverses each full group of k nodes in place by relinking: O(n) time, O(1) extra space.
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var reverseKGroup = function (head, k) {
  const dummy = new ListNode(0, head);
  // prevTail is the node just before the group being reversed.
  let prevTail = dummy;
  while (true) {
    // Find the k-th node of the group; fewer than k nodes left means we are done.
    let kth = prevTail;
    for (let i = 0; i < k && kth !== null; i++) kth = kth.next;
    if (kth === null) break;
    const groupHead = prevTail.next;
    const after = kth.next;
    // Reverse the group, pointing its first node at what follows the group.
    let prev = after;
    let cur = groupHead;
    while (cur !== after) {
      const next = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    prevTail.next = kth;
    prevTail = groupHead;
  }
  return dummy.next;
};
