/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum2 = function (candidates, target) {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result = [];
  const chosen = [];
  // Each position is used at most once (recurse from i + 1). Equal values are adjacent after sorting:
  // at one depth, only the first of a run of equal values starts a branch, so no combination repeats.
  const search = (from, remaining) => {
    if (remaining === 0) {
      result.push([...chosen]);
      return;
    }
    for (let i = from; i < sorted.length && sorted[i] <= remaining; i++) {
      if (i > from && sorted[i] === sorted[i - 1]) continue;
      chosen.push(sorted[i]);
      search(i + 1, remaining - sorted[i]);
      chosen.pop();
    }
  };
  search(0, target);
  return result;
};
