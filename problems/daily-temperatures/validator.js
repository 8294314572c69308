/** LeetCode 739, Daily Temperatures: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([temperatures]) {
  ints('temperatures', temperatures, 1, 1e5, 30, 100);
  return true;
}
