var combinationSum = function (candidates, target) {
  const result = [];
  const chosen = [];
  const search = (from, remaining) => {
    if (remaining === 0) {
      result.push([...chosen]);
      return;
    }
    for (let i = from; i < candidates.length && candidates[i] <= remaining; i++) {
      chosen.push(candidates[i]);
      search(i, remaining - candidates[i]);
      chosen.pop();
    }
  };
  search(0, target);
  return result;
};
