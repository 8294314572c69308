/** LeetCode 121, Best Time to Buy and Sell Stock: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([prices]) {
  ints('prices', prices, 1, 1e5, 0, 1e4);
  return true;
}
