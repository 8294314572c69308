/** LeetCode 21, Merge Two Sorted Lists: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([list1, list2]) {
  for (const [name, list] of [['list1', list1], ['list2', list2]]) {
    ints(name, list, 0, 50, -100, 100);
    for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) fail(`${name} must be sorted in non-decreasing order (${name}[${i}] < ${name}[${i - 1}])`);
  }
  return true;
}
