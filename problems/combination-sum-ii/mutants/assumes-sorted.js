var combinationSum2 = function (candidates, target) {
  const sorted = candidates;
  const result = [];
  const chosen = [];
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
