/** LeetCode 190, Reverse Bits: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 0, 2 ** 31 - 2);
  if (n % 2 !== 0) fail('n is even');
  return true;
}
