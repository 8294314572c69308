/** LeetCode 40, Combination Sum II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([candidates, target]) {
  ints('candidates', candidates, 1, 100, 1, 50);
  int('target', target, 1, 30);
  return true;
}
