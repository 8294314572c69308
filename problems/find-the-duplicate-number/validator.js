/** LeetCode 287, Find the Duplicate Number: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  array('nums', nums, 2, 1e5 + 1);
  const n = nums.length - 1;
  ints('nums', nums, 2, 1e5 + 1, 1, n);
  const seen = new Array(n + 1).fill(0);
  let repeated = 0;
  for (const v of nums) {
    seen[v]++;
    if (seen[v] === 2) repeated++;
  }
  if (repeated !== 1) fail(`exactly one value must appear two or more times in nums, found ${repeated}`);
  return true;
}
