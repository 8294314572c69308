/**
 * Reorder List: relink L0 → L1 → … → Ln into L0 → Ln → L1 → Ln-1 → …
 * Find the middle with slow/fast pointers, cut the list there, reverse the second half,
 * then weave the two halves together. O(n) time, O(1) extra space.
 * @param {ListNode} head
 * @return {void} the list starting at head is rearranged in place
 */
var reorderList = function (head) {
  if (head === null || head.next === null) return;
  // 1. Middle: slow ends on the last node of the first half.
  let slow = head;
  let fast = head;
  while (fast.next !== null && fast.next.next !== null) {
    slow = slow.next;
    fast = fast.next.next;
  }
  // 2. Cut and reverse the second half.
  let second = slow.next;
  slow.next = null;
  let prev = null;
  while (second !== null) {
    const next = second.next;
    second.next = prev;
    prev = second;
    second = next;
  }
  // 3. Weave: first-half node, then second-half node.
  let first = head;
  second = prev;
  while (second !== null) {
    const firstNext = first.next;
    const secondNext = second.next;
    first.next = second;
    second.next = firstNext;
    first = firstNext;
    second = secondNext;
  }
};
