/** LeetCode 3, Longest Substring Without Repeating Characters: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 0, 5e4, /[ -~]/, 'English letters, digits, symbols and spaces');
  return true;
}
