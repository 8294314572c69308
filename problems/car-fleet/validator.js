/** LeetCode 853, Car Fleet: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([target, position, speed]) {
  int('target', target, 1, 1e6);
  ints('position', position, 1, 1e5, 0, target - 1);
  ints('speed', speed, 1, 1e5, 1, 1e6);
  if (speed.length !== position.length) fail('n == position.length == speed.length');
  distinct('position', position);
  return true;
}
