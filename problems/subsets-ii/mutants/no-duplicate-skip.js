var subsetsWithDup = function (nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const result = [];
  const chosen = [];
  // Every node of the search is a subset. Sorting puts equal values side by side: at one depth only
  // the first of a run of equal values is tried next, so each multiset is built once.
  const extend = (from) => {
    result.push([...chosen]);
    for (let i = from; i < sorted.length; i++) {
      chosen.push(sorted[i]);
      extend(i + 1);
      chosen.pop();
    }
  };
  extend(0);
  return result;
};
