/**
 * Linked List Cycle: Floyd's tortoise and hare. slow moves one node per step and fast two; if the list
 * ends, fast reaches null first, and if it loops, fast gains one node per step on slow inside the
 * cycle and lands on it within one lap. O(n) time, O(1) extra space.
 * @param {ListNode} head
 * @return {boolean}
 */
var hasCycle = function (head) {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow.next;
    fast = fast.next.next;
    if (slow === fast) return true;
  }
  return false;
};
