var canPartition = function (nums) {
  // Greedy: puts each value, largest first, into the lighter group, and hopes the totals meet.
  const sorted = [...nums].sort((a, b) => b - a);
  let left = 0;
  let right = 0;
  for (const x of sorted) {
    if (left <= right) left += x;
    else right += x;
  }
  return left === right;
};
