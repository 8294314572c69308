/** LeetCode 66, Plus One: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([digits]) {
  ints('digits', digits, 1, 100, 0, 9);
  // The number 0 itself is written [0]; any longer number starts with a non-zero digit.
  if (digits.length > 1 && digits[0] === 0) fail("digits does not contain any leading 0's");
  return true;
}
