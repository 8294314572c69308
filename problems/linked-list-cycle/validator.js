/** LeetCode 141, Linked List Cycle: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head, pos]) {
  ints('head', head, 0, 1e4, -1e5, 1e5);
  if (typeof pos !== 'number' || !Number.isInteger(pos)) fail('pos must be an integer');
  if (pos !== -1 && (pos < 0 || pos >= head.length)) {
    fail(head.length === 0 ? 'pos must be -1 for an empty list' : 'pos must be -1 or a valid index in the linked list (0 to ' + (head.length - 1) + ')');
  }
  return true;
}
