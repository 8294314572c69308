/** LeetCode 136, Single Number: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 3e4, -3e4, 3e4);
  const counts = new Map();
  for (const value of nums) counts.set(value, (counts.get(value) || 0) + 1);
  let singles = 0;
  for (const [value, count] of counts) {
    if (count > 2) fail(`every value appears exactly twice except one: ${value} appears ${count} times`);
    if (count === 1) singles++;
  }
  if (singles !== 1) fail(`every value appears exactly twice except one, which appears once: ${singles} values appear once`);
  return true;
}
