/**
 * @param {ListNode} head
 * @return {boolean}
 */
var hasCycle = function (head) {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow.next;
    // The hare moves one node, like the tortoise: they are together after every step.
    fast = fast.next;
    if (slow === fast) return true;
  }
  return false;
};
