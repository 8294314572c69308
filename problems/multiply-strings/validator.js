/** LeetCode 43, Multiply Strings: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([num1, num2]) {
  text('num1', num1, 1, 200, /[0-9]/, 'digits only');
  text('num2', num2, 1, 200, /[0-9]/, 'digits only');
  // The number 0 itself is "0"; any longer number starts with a non-zero digit.
  if (num1.length > 1 && num1[0] === '0') fail('num1 and num2 have no leading zeros, except the number 0 itself');
  if (num2.length > 1 && num2[0] === '0') fail('num1 and num2 have no leading zeros, except the number 0 itself');
  return true;
}
