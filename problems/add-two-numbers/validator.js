/** LeetCode 2, Add Two Numbers: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([l1, l2]) {
  for (const [name, list] of [['l1', l1], ['l2', l2]]) {
    ints(name, list, 1, 100, 0, 9);
    // Digits are stored least significant first, so the last node is the leading digit.
    if (list.length > 1 && list[list.length - 1] === 0) fail(`${name} must have no leading zeros (its last node is 0)`);
  }
  return true;
}
