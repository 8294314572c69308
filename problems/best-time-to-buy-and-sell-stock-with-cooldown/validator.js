/** LeetCode 309, Best Time to Buy and Sell Stock with Cooldown: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([prices]) {
  ints('prices', prices, 1, 5000, 0, 1000);
  return true;
}
