/** LeetCode 17, Letter Combinations of a Phone Number: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([digits]) {
  text('digits', digits, 1, 4, /[2-9]/, "digits in ['2', '9']");
  return true;
}
