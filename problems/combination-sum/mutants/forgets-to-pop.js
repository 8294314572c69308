var combinationSum = function (candidates, target) {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result = [];
  const chosen = [];
  const search = (from, remaining) => {
    if (remaining === 0) {
      result.push([...chosen]);
      return;
    }
    for (let i = from; i < sorted.length && sorted[i] <= remaining; i++) {
      const depth = chosen.length;
      chosen.push(sorted[i]);
      search(i, remaining - sorted[i]);
      if (chosen.length > depth + 1) chosen.length = depth + 1;
    }
  };
  search(0, target);
  return result;
};
