/** LeetCode 138, Copy List with Random Pointer: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head]) {
  array('head', head, 0, 1000);
  const n = head.length;
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(head[i]) || head[i].length !== 2) fail(`head[${i}] must be a pair [val, random_index]`);
    const [val, randomIndex] = head[i];
    int(`head[${i}][0] (Node.val)`, val, -10000, 10000);
    if (randomIndex !== null) {
      if (!Number.isInteger(randomIndex) || randomIndex < 0 || randomIndex >= n) {
        fail(`Node.random is null or is pointing to some node in the linked list (head[${i}] has random_index ${JSON.stringify(randomIndex)}, but the list has ${n} node${n === 1 ? '' : 's'})`);
      }
    }
  }
  return true;
}
