/** LeetCode 846, Hand of Straights: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([hand, groupSize]) {
  ints('hand', hand, 1, 1e4, 0, 1e9);
  int('groupSize', groupSize, 1, hand.length);
  return true;
}
