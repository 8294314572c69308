/** LeetCode 23, Merge k Sorted Lists: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([lists]) {
  array('lists', lists, 0, 1e4);
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    const name = `lists[${i}]`;
    ints(name, lists[i], 0, 500, -1e4, 1e4);
    for (let j = 1; j < lists[i].length; j++) if (lists[i][j - 1] > lists[i][j]) fail(`${name} must be sorted in ascending order (${name}[${j}] < ${name}[${j - 1}])`);
    total += lists[i].length;
  }
  if (total > 1e4) fail(`the total number of nodes must be at most 10^4 (found ${total})`);
  return true;
}
