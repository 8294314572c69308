var combinationSum = function (candidates, target) {
  const result = [];
  const chosen = [];
  const search = (remaining) => {
    if (remaining === 0) {
      result.push([...chosen]);
      return;
    }
    for (const c of candidates) {
      if (c > remaining) continue;
      chosen.push(c);
      search(remaining - c);
      chosen.pop();
    }
  };
  search(target);
  return result;
};
