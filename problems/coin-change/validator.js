/** LeetCode 322, Coin Change: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([coins, amount]) {
  ints('coins', coins, 1, 12, 1, 2 ** 31 - 1);
  int('amount', amount, 0, 1e4);
  return true;
}
