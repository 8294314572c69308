/** LeetCode 347, Top K Frequent Elements: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, k]) {
  ints('nums', nums, 1, 1e5, -1e4, 1e4);
  const counts = new Map();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  int('k', k, 1, counts.size);
  // The k-th and (k+1)-th highest frequencies must differ, or two answers would be right.
  const frequencies = [...counts.values()].sort((a, b) => b - a);
  if (k < frequencies.length && frequencies[k - 1] === frequencies[k]) {
    fail(`the answer must be unique: the ${k}th and ${k + 1}th most frequent values both appear ${frequencies[k]} times`);
  }
  return true;
}
